// Interlude: the surface at Bozeman (boz_ names). Between Chapters Three and Four.
// stories/first-contact/README.md describes it.

=== bozeman ===
The Montana night, and the Phoenix in its silo. # chapter: Interlude — Bozeman # scene: The missile complex, Bozeman
-> to_be_continued

// Entry state: start the interlude alone.
=== entry_bozeman ===
-> bozeman
