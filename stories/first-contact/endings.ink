// Endings and declared end points. Every ending knot opens with its title and
// hint (`# ending-title:` and `# ending-hint:`, before any text); its last
// line carries an `# ending: id` tag and is followed by -> END. Endings are
// computed from accumulated state (see stories/first-contact/README.md);
// chapters divert here, they do not END themselves.

// Until Chapter 3 exists, the story stops here: a declared end point, not a dead end.
=== to_be_continued ===
~ chapter = 3
The turbolift doors open on a corridor that smells of hot metal and something alive. Somewhere forward of you, out on the hull, the Borg are building, and whatever it is, it is nearly finished.

Here the story pauses: Chapter Three is not written yet. Your game is saved at this moment, and every choice you made will carry into it. # placeholder: Chapter Three
-> END

// Chapter One's earned ending: Crusher refused three times, against three
// warnings, to leave the patient who could not be moved (sickbay_hold).
=== ending_sickbay_taken(sb_talk) ===
# ending-title: The Doctor Stays
# ending-hint: Some patients cannot be moved, and someone has to stay with them.
You sit down on the edge of the stabilizer's frame, where Voss can see you without turning her head, and you take her hand again.
"You were meant to go," she says. # speaker: Mira Voss
"I was meant to do a lot of things." You check her pulse, because your fingers are already on her wrist and because it is the thing you know how to do. Ninety-two, strong. {sb_talk == 3:"You said you'd tell me the rest. About the wedding."|"Tell me about the wedding."}
The hologram looks at you for a long moment. Then he stands, straightens his tunic, and walks to the middle of sickbay, between the drones and the bed, and folds his hands behind his back like a man waiting for a train.
"This is a medical facility," he tells them. "These are my patients. You will wait." They do not wait. One of them reaches past him into the wall, to the emitter housing, and he has time to look down at his own hands as they begin to come apart, and to say, quite clearly, "Well. That's rude." Then he isn't there. # speaker: EMH
{sb_talk == 3:Voss tells you the rest. The groom builds irrigation systems in a province that was a dust bowl under the Occupation, and he cried when her sister said yes. His grandmother has already decided that Voss is too thin. The speech is the fourth draft, and it is the one about their mother. You tell her to give that one. She laughs, and says she'd already decided.|Voss tells you about the wedding. Her sister is marrying a Bajoran engineer who builds irrigation systems and has never once been on time; there will be lanterns on the water; Voss is supposed to give a speech and has written four and hated them all. You tell her which one to use. You make it up. She laughs.}
The hand on your shoulder is not heavy. That surprises you. It is almost courteous. # pause
You keep your eyes on Voss. You keep your fingers on her pulse, and you count, out loud, because counting is yours and they cannot have it yet. Ninety-four. Ninety-six. Something cold at the side of your neck, two fine points, and the chorus that has been under the floor all night comes up through you like water through sand.
It is not loud. It is enormously calm. It knows your name and everything you ever learned, and it is pleased with all of it, the way a library is pleased with a book. # pause
The last thing that is only yours is a number. One hundred and four. You say it to Voss. You think she hears.
Fifteen minutes later, at the top of the tube on Deck Fifteen, Alyssa Ogawa stops counting the seconds since the hatch went quiet, and starts doing what you would have done: she checks the patients, in order of how fast they could die. # scene: Deck Fifteen
{pro_listened == 2:On the bridge, when Ogawa reports it, the captain says nothing for a long time. Then he says that he will see to it, in a voice so level that Ogawa, who has heard it, does not ever want to hear it again.|On the bridge, when Ogawa reports it, the captain asks her to repeat it. Then he thanks her, and closes the channel, and for a long time nobody on the bridge looks at him.}
You held sickbay. You chose it three times, against your nurse, your patient and your hologram, and each of them told you plainly what it would cost. # recap
Alyssa Ogawa, Dov Tolland and every patient who could climb got out up the Jefferies tube because you stayed to the last. # recap
{lily_trust >= 1:Lily Sloane went up the tube with them, and she will tell anyone who asks that one of these people stayed with her wounded when she did not have to.|Lily Sloane went up the tube with them, a stranger among strangers, and slipped away into the dark of the ship before Ogawa could stop her.} # recap
{emh_log ? adaptation:The hologram watched the drones learn their way through the doors, and his record of it sits in the ship's medical log for whoever comes looking.|The hologram's record of that night ended with his emitters.} # recap
Mira Voss was not alone when they came. Neither were you. # recap
Dr. Beverly Crusher, chief medical officer of the Enterprise, became the Collective's on Deck Sixteen, in the year 2063, with her hand on a patient's pulse. # ending: ending_sickbay_taken
-> END
