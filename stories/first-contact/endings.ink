// Endings and declared end points. Every ending knot opens with its title and
// hint (`# ending-title:` and `# ending-hint:`, before any text); its last
// line carries an `# ending: id` tag and is followed by -> END. Endings are
// computed from accumulated state (see stories/first-contact/README.md);
// chapters divert here, they do not END themselves.

// Until Chapter 4 exists, the story stops here: a declared end point, not a dead end.
=== to_be_continued ===
~ chapter = 4
Three hundred kilometres above Montana, the Enterprise turns through the dark with her running lights still burning. Deck by deck, the Borg are making her theirs. In main engineering, where it is hottest, they are waiting for Jean-Luc Picard, and they have Data.

Here the story pauses before Chapter Four, engineering, which is not written yet. Your game is saved at this moment, and every choice you made will carry into it. # placeholder: Chapter Four
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

// Chapter Two's earned ending: the obsession at its height (several cold
// choices, seeded by the voice in the prologue), one more reckless act (the
// drum emptied with Lily beside him, or the chase after the last drone), and
// Picard shakes off Lily's plain warning at the foot of the stairs (holo_brink).
=== ending_holodeck_taken ===
# ending-title: The Last One on the Stairs
# ending-hint: Chase the last of them out of the club when nothing in you wants to stop, and nobody can hold you back.
You take her hands off your wrist. You are gentle about it, which is the worst thing you do all night: you do it the way a man sets down something he means to come back for. # scene: The Club Tangier, San Francisco, 1941
"Picard," Lily says, once. Then she does not say it again. She meant what she told you, and you knew she did.
{holo_route ? fought:You take the stairs two at a time with the Thompson still in your hands and its drum still dry. At the grey doors the gun goes out like a blown match, and you are in the corridor with your arms still shaped around a weight that is not there.|You take the stairs two at a time with nothing in your hands, and go through the grey doors, and the clarinet stops behind you as if somebody had shut a lid on it.} # theme: ship # scene: Corridor, Deck 15
The drone is waiting. It has stopped ten metres down the corridor and turned round, and behind it, in the green light, there are others, more than ever came down into the club: five, eight, you stop counting. They were never walking away. {pro_listened >= 1:The hum knew. It let you believe you were the one chasing.|You understand it the way a man understands a snare once his foot is in it.}
You reach it anyway. You get your fingers to its forehead, to the seam where metal meets skin, and you know that seam as you know your own handwriting, and for one whole second you have it. # pause
Then there are hands on you, from behind and from both sides, and none of them is rough. Two cold points at the side of your neck, exactly where the old ache has lived for six years, as if they had kept a note of the place.
It does not hurt. You had forgotten that it does not hurt. What you had remembered, all these years, was the noise; what you had forgotten was the quiet under it: a great, patient quiet of more minds than there are stars you can name, all agreeing. Your own voice goes on in it for a while, small and stubborn, about Data, and a woman's hands on your wrist, and a rocket in a hole in Montana, like a man still talking in a room where everyone else has fallen asleep. # pause
Then it isn't talking. Then there is only the agreeing.
It knows you. It kept a place for you, the way a house keeps a room nobody is allowed to use. Into that place goes everything you carried up those stairs: every deck of the Enterprise and every person on it by name, the man who holds the codes and how he might be asked for them, {plan_known >= 1:all you had learned about the deflector and who it is meant to call, |}the hour tomorrow morning when a drunk man's rocket leaves the ground. You give it all away. You are grateful for the chance. # pause
In Holodeck Three the program runs on to an empty room. Lily Sloane stands at the foot of the painted stairs for as long as it takes to count to sixty, because she said she would not follow and she keeps her word, and because she is waiting anyway. # scene: Holodeck 3
Then she goes out the other way, through the kitchen, where a hologram in an apron asks if she would like a sandwich, and through a service door behind the stove that the program has always pretended was a pantry. It takes her the best part of an hour in the crawlways to find Deck Eleven, {holo_lily_gun():with the weapon held in front of her the whole way|with her hands empty and her back to every wall}.
Beverly Crusher is on her knees among the wounded in a crew lounge turned into a sickbay. She looks up at the sound of bare feet on the deck, and sees who it is, and sees who is not with her. {crusher_hid >= 1:Lily sees her pull her sleeve down over her wrist without thinking, and for once says nothing about it.}
"He went after one," Lily says. "By himself. I told him I wouldn't follow, and he went anyway. He took my hands off him like they were something he'd pick up later." # speaker: Lily
Beverly does not ask who. She has known him for thirty years. She goes on holding the dressing she was holding, because the patient under it is still bleeding, and only her hands go white. # pause
You went after the last drone in the Club Tangier with the obsession at its height, and you went past the one person who told you plainly what it would cost. # recap
{
- pro_listened == 2: Over Earth you let the Collective's voice all the way in. Tonight it only had to hold the door. # recap
- pro_listened == 1: Over Earth you let the Collective's voice point the way. Tonight you followed it the rest of the way on foot. # recap
- else: Over Earth you kept the Collective's voice at arm's length. Tonight you went to it yourself, up a flight of painted stairs. # recap
}
{data_word:Data is keeping the codes until you come back for him, as you promised. You will come back to engineering now, and not for him.|Data is alone with them in engineering, and nobody told him anything as they closed on him.} # recap
{holo_route ? fought:Gus the barman died in the Club Tangier under your drum, and Lily Sloane bled for it.|Lily Sloane sat across a table from you while the drones walked past, and held your wrist for as long as you let her.} # recap
Lily is with Beverly on Deck Eleven. She will not take a Starfleet officer's hand again. # recap
{plan_known >= 1:What you had learned about the deflector, the Collective knows that you learned, and it knows who else aboard knows it.|You never found out what they are building at the deflector. You will know now. You are building it.} # recap
Jean-Luc Picard, captain of the Enterprise, went up a flight of painted stairs in San Francisco in 1941 after the last of them, and he did not come down. # ending: ending_holodeck_taken
-> END

// Chapter Three's ending: the team went out knowing too little, spent what time
// there was on the people beside them, and refused to fire on the beacon's base
// with the feed live when it was the last way left. The beacon sends.
=== ending_beacon_called ===
# ending-title: The Call
# ending-hint: Out on the dish, every kindness costs a minute.
You are on your knees at two o'clock with both hands on the last release plate when the light at the top of the mast changes. # scene: The deflector dish
It does not flare. You had expected it to flare. It only goes, very quietly, from white to a colour that has no name in any language you speak, and the array opens all the way, like a hand that has finished practising and is ready now to throw, and through your boots, through the ship, through your knees and your teeth and the old grey place at the back of your skull, you feel it send.
There is no sound. There is never any sound out here. {pro_listened >= 1:But the tide in your head rises all at once, every drone on the dish and every drone in the ship lifting its face together, and it is the nearest thing to joy the Collective has.|But every drone on the dish stops what it is doing and lifts its face to the array, all together, the way a congregation stands.}
You turn the plate. You pull. You hold. On the count of fourteen the last lock lets go, and the array lifts out of its cradle exactly as it would have done a minute ago, and {(eva_hawk ? hawk_alive) && eva_hawk_close:Hawk and Worf fire into it|Worf fires into it} until it breaks and goes away from the ship in slow bright pieces. It no longer matters. The call is not in the array any more. It is out there, going, at a speed that makes light look like a man walking, towards the Delta Quadrant and the Collective of this century, which until a minute ago had never heard of a blue world called Earth.
It has now.
{
- eva_hawk ? hawk_taken: Worf gets you back along the hull to the airlock. You do not remember the walk. You remember the empty place beside you where Hawk should have been, and the hull plate they took him through, closed.
- eva_hawk_close: Worf gets you back along the hull to the airlock, with Hawk at your other side. Hawk does not say anything, the whole way. At the inner door he says, "It was my plan, sir. You could have..." and stops, because you both know what you could have, and why you didn't, and that you would not again.
- else: Worf gets you back along the hull to the airlock. You do not remember the walk.
}
What comes after, comes. You take back your ship, in time, deck by deck, at a price. Tomorrow morning, in Montana, a drunk man with a rocket flies faster than light for the first time, and a ship from Vulcan that was only passing sees him do it, and turns, and comes down in the rain to say hello. Nothing you did on the dish touches that. It happens exactly as it was always going to happen. The children of the twenty-fourth century build it out of whatever they have, as you did. # pause
You saved it. For a day, you saved it. # pause
But a call has gone out, and the galaxy is large, and the Collective of this century is slow and patient and very far away. It will not come tomorrow. It will not come for years. It will come with every year of human history laid out in front of it like a chart: the flight at Bozeman, the Vulcans, the first warp ships, the little federation of worlds that grows up around an Earth the Collective already knows the address of. {eva_lily2:Lily Sloane will grow old before it comes. You tell her so, before you go, because she asked you once never to lie to her, and she looks at the sky over Montana for a long time and says that a hundred years is a long time to get ready, if anybody bothers.|Lily Sloane will grow old before it comes. You do not tell her. You do not know how.}
You go back to your own century, when you can, to find out what you have made of it. # pause
You find the same stars, the same Starfleet, the same Earth, blue and lit from coast to coast; and you find, in the oldest records of the Federation, a date a hundred years after Cochrane's flight when the first cube came through the Delta Quadrant's edge already knowing everything, and a Starfleet that had spent a century getting ready because a captain who had no business being there had told them, before he left, that it was coming.
Whether that century was long enough, no one yet knows. The war it began has not ended. It has your name on it. # pause
{data_word:Data, when you get him back, says that the odds of the beacon's message being received were ninety-seven point three percent, and that he is sorry. He is learning, you think, to say it before the figure.|Data, when you get him back, says that the odds of the beacon's message being received were ninety-seven point three percent. He does not say that he is sorry. You wish he would; you wish it very much, because then one of you would have said it.}
You went out onto the dish knowing {plan_known >= 3:what it was and how it was held, and still there was not time|{plan_known == 2:what it was, but not how it was held|too little of what it was}}, and every minute you spent on the hull you spent on someone beside you. # recap
{
- eva_locks_way.seized.after_hawk: You went back for Hawk when the drones took him, and he lived, and it cost the minute that was left. # recap
- eva_hawk ? hawk_taken: Lieutenant Hawk was taken into the ship, and even that did not buy the time back. # recap
- else: Every kindness on the dish cost a minute, and you paid for each one. # recap
}
{eva_worf_hurt:Worf's suit failed on the dish, and you went to him.|Worf came back whole.} # recap
Hawk's way was offered twice, the second time as the last way left, and twice you would not burn the decks beneath you to take it. # recap
The beacon sent. The Phoenix flew. The future was saved for a day, and lost for a century. # ending: ending_beacon_called
-> END
