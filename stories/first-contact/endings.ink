// Endings and declared end points. Every ending line carries an `# ending: id`
// tag and is followed by -> END. Endings are computed from accumulated state
// (see stories/first-contact/README.md); chapters divert here, they do not END themselves.

// Until Chapter 3 exists, the story stops here: a declared end point, not a dead end.
=== to_be_continued ===
~ chapter = 3
The turbolift doors open on a corridor that smells of hot metal and something alive. Somewhere above, on the skin of the ship, the Borg are building.
This is as far as the story goes for now: the deflector-dish space walk is still being written. Your choices so far are saved with your game. # placeholder: Chapter 3
-> END
