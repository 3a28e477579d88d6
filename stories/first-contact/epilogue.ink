// The epilogue (chapter 5): the morning of April 5, 2063, at Bozeman and aboard.
// Chapter Four diverts here on every route that does not end in engineering.
// Its text is computed from every chapter's state; its last divert chooses the
// ending from that state, never from a choice made in the last scene.

=== entry_epilogue ===
The morning after can follow more than one night. Which one?
* [The ship retaken, the Phoenix flying]
- ~ chapter = 5
-> epilogue

=== epilogue ===
~ chapter = 5
-> to_be_continued
