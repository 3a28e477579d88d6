# title: First Contact
# author: The First Contact team (an unofficial, non-commercial Star Trek fan work)

// The game's story. One file per chapter, included in play order.
// Names are prefixed by chapter: pro_, sickbay_, holo_, eva_, eng_, epi_.
// Knots named entry_* are declared entry states: each sets a plausible
// state and diverts into its chapter, so a chapter can be verified alone.

INCLUDE variables.ink
INCLUDE prologue.ink
INCLUDE ch1_sickbay.ink
INCLUDE ch2_holodeck.ink
INCLUDE ch3_deflector.ink
INCLUDE interlude_bozeman.ink
INCLUDE ch4_engineering.ink
INCLUDE epilogue.ink
INCLUDE endings.ink
INCLUDE status.ink

-> prologue
