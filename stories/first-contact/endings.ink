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
You take her hands off your wrist. You are gentle about it, which is the worst thing you do all night: you do it the way a man sets down something he means to come back for.
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
Beverly Crusher is on her knees among the wounded in a crew lounge turned into a sickbay. She looks up at the sound of bare feet on the deck, and sees who it is, and sees who is not with her. {crusher_hid >= 1:Lily watches her tug her uniform straight over something, without thinking, and does not ask.}
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
There is no sound. There is never any sound out here. {eva_pl >= 1:But the tide in your head rises all at once, every drone on the dish and every drone in the ship lifting its face together, and it is the nearest thing to joy the Collective has.|But every drone on the dish stops what it is doing and lifts its face to the array, all together, the way a congregation stands.}
You turn the plate. You pull. You hold. On the count of fourteen the last lock lets go, and the array lifts out of its cradle exactly as it would have done a minute ago, and {(eva_hawk ? hawk_alive) && eva_hawk_close:Hawk and Worf fire into it|Worf fires into it} until it breaks and goes away from the ship in slow bright pieces. It no longer matters. The call is not in the array any more. It is out there, going, at a speed that makes light look like a man walking, towards the Delta Quadrant and the Collective of this century, which until a minute ago had never heard of a blue world called Earth.
It has now.
{
- eva_hawk ? hawk_taken: Worf gets you back along the hull to the airlock. You do not remember the walk. You remember the empty place beside you where Hawk should have been, and the hull plate they took him through, closed.
- eva_hawk_close: Worf gets you back along the hull to the airlock, with Hawk at your other side. Hawk does not say anything, the whole way. At the inner door he says, "It was my plan, sir. You could have..." and stops, because you both know what you could have, and why you didn't, and that you would not again.
- else: Worf gets you back along the hull to the airlock. You do not remember the walk.
}
What comes after, comes. You take back your ship, in time, deck by deck, at a price. Tomorrow morning, in Montana, a drunk man with a rocket flies faster than light for the first time, and a ship from Vulcan that was only passing sees him do it, and turns, and comes down in the rain to say hello. Nothing you did on the dish touches that. It happens exactly as it was always going to happen, and for three hundred years children will build that rocket out of whatever they have to hand, as you did. # pause
You saved it. For a day, you saved it. # pause
But a call has gone out, and the galaxy is large, and the Collective of this century is slow and patient and very far away. It will not come tomorrow. It will not come for years. It will come with every year of human history laid out in front of it like a chart: the flight at Bozeman, the Vulcans, the first warp ships, the little federation of worlds that grows up around an Earth the Collective already knows the address of. {eva_lily2:Lily Sloane will grow old before it comes. You tell her so, before you go, because she asked you once never to lie to her, and she looks at the sky over Montana for a long time and says that a hundred years is a long time to get ready, if anybody bothers.|Lily Sloane will grow old before it comes. You do not tell her. You do not know how.}
You go back to your own century, when you can, to find out what you have made of it. # pause
You find the same stars, the same Starfleet, the same Earth, blue and lit from coast to coast; and you find, in the oldest records of the Federation, a date a hundred years after Cochrane's flight when the first cube came through the Delta Quadrant's edge already knowing everything, and a Starfleet that had spent a century getting ready because a captain who had no business being there had told them, before he left, that it was coming.
Whether that century was long enough, no one yet knows. The war it began has not ended. It has your name on it. # pause
{eva_word:Data, when you get him back, says that the odds of the beacon's message being received were ninety-seven point three percent, and that he is sorry. He is learning, you think, to say it before the figure.|Data, when you get him back, says that the odds of the beacon's message being received were ninety-seven point three percent. He does not say that he is sorry. You wish he would; you wish it very much, because then one of you would have said it.}
You went out onto the dish knowing {eva_plan >= 3:what it was and how it was held, and still there was not time|{eva_plan == 2:what it was, but not how it was held|too little of what it was}}, and every minute you spent on the hull you spent on someone beside you. # recap
{
- eva_locks_way.seized.after_hawk: You went back for Hawk when the drones took him, and he lived, and it cost the minute that was left. # recap
- eva_hawk ? hawk_taken: Lieutenant Hawk was taken into the ship, and even that did not buy the time back. # recap
- else: Every kindness on the dish cost a minute, and you paid for each one. # recap
}
{eva_worf_hurt:Worf's suit failed on the dish{eva_locks_way.worf_fight.go_to_worf:, and you went to him|, and he sealed it with his own hand}.|Worf came back whole.} # recap
Hawk's way was offered twice, the second time as the last way left, and twice you would not burn the decks beneath you to take it. # recap
The beacon sent. The Phoenix flew. The future was saved for a day, and lost for a century. # ending: ending_beacon_called
-> END

// ---------------------------------------------------------------------------
// The epilogue's endings. epi_close chooses among them from the state every
// chapter left: Chapter Four's eng_outcome first, then Lily's trust in Picard,
// then what the interlude did with Cochrane. The epilogue's own choices only
// change their words.

// The Phoenix flew, the visitors landed, the ship was retaken with the crew in
// the pods and Lily's word reached Picard; Lily trusts him (2 or more).
=== ending_first_contact ===
# ending-title: The Long Way Round
# ending-hint: Keep the voice out, keep your people, and let the woman from 2063 tell you the truth in time.
The Enterprise leaves orbit a little after two in the morning, Montana time, with the settlement's fires still burning down there like a handful of sparks on a dark cloth. # scene: USS Enterprise, the bridge # theme: ship
{eva_hawk ? hawk_alive:Hawk has the conn. You told him on the airlock bench that he could have it back as soon as there was a ship to fly, and he has not let anyone forget it. He sits very straight, and his hands on the board are steady, and once, when he thinks nobody is looking, he pats the edge of the console the way Cochrane patted his manifold.|The conn is Ensign Perrault's, from the relief watch; she is very young and very careful and has not looked at the empty chair beside hers once, which is how you know she is thinking about who should be in it.}
{epi_data():Data is at ops, with the scorched side of his face still bare; Beverly offered, and he asked her to wait. He reports the ship's readiness to three decimal places and then, unprompted, that it is raining in Bozeman, lightly, and that he went out into it for four minutes before he beamed back up. He does not say what it felt like. You do not ask. There will be time.}
You give the order to go home. It is an ordinary order, the sort you have given a thousand times, and the bridge takes it as if it were ordinary, and that is the kindest thing anyone has done for you in two days. # pause
The way back is the way you came, in reverse: the sun, the long slingshot, the moment when every instrument on the ship argues with every other about what year it is. Then the Earth on the viewer, blue and white and whole, with its cities lit on the night side like frost on a window, and the fleet's beacons in orbit, and a voice from Starfleet Command asking, with great care, who you are. # scene: Earth orbit, 2373
Nobody on the bridge cheers. Beverly, beside your chair, lets out a breath she has been holding since Deck Sixteen.
The inquiry sits nine days later, in a small room at Starfleet Command with a window onto the bay. There are three admirals and a recorder, and a glass of water at your place that nobody fills. # scene: Starfleet Command, San Francisco
{
- epi_statement.all: They have read your statement twice. The one in the middle, a grey, tired woman named Odum who lost a son at Wolf 359, asks you only one question about the voice: whether it is gone. You tell her the truth, which is that it is quiet. She writes that down, and looks at you for a long moment, and thanks you for not pretending.
- epi_statement.facts: They have read your statement, and then they have read Counsellor Troi's, and they ask you about the difference. You tell them about the voice then, all of it, in a room with a window onto the bay, and it is harder than it would have been in your ready room, and you deserve that.
- else: They have read your statement. Admiral Odum, in the middle, says that it is the first she has ever read that begins with the names and not the orders. She reads three of them aloud before she asks you anything at all.
}
They find that the Enterprise left her station without authority, and that had she not, there would be no Starfleet to find it. The finding is eleven lines long. It will be in the record for as long as there is a record. # pause
Afterwards, because you have three days before the ship is fit to fly, you take a shuttle to Bozeman. # scene: Bozeman, 2373
The settlement is a city now, low and green, and the silo is a museum with a glass roof, and there is a statue of Zefram Cochrane in the square outside it looking nobly at the sky, which he would have hated. You stand in front of it for a while, among the schoolchildren.
On the plinth, under his name, in smaller letters, is a list of the people who built the Phoenix. You read it twice before you find the one you are looking for. It is the fourth name down. Somebody has left a flower on it, recently; you do not know who, and you find that you do not need to.
You came back in time to keep a future, and you kept it, and it cost {epi_number(epi_count())} names on Beverly's list, and you read every one of them to a board that listened. # recap
{pro_warned:Lieutenant Porter and Ensign Haddad are alive because you acted on a sound only you could hear.|Lieutenant Porter and Ensign Haddad went into the tubes on Deck Sixteen before you understood what you were hearing.} {eva_hawk ? hawk_alive:Sean Hawk came home and flew you there.|Sean Hawk did not come home.} # recap
{sickbay_out ? tolland:Dov Tolland is alive, and still labels everything.|Dov Tolland stayed behind on Deck Sixteen, so that someone else would not have to.} Alyssa Ogawa got out of sickbay, and so did {sickbay_out ? patients:every patient who could be carried|no patient who could not walk}. # recap
{epi_data():Data refused the Queen, and took her down into the coolant, and lives.|Data is gone.} Beverly Crusher kept the count, and the count was short. # recap
Lily Sloane told you the truth in time, and you heard it, and she is the fourth name on the plinth in Bozeman. # recap
{epi_landing.down:When the visitors landed you stood at the edge of the pines{epi_data(): with Data beside you}, close enough to see Cochrane's face.|When the visitors landed you watched from orbit, and let the people who belonged there be the ones they saw.} # recap
{obsession <= 2:You kept the Collective's voice at the door all night, and it is quiet now.|The Collective's voice came closer than you would like the board to know, and it is quiet now, and you are listening for it still.} # recap
The Phoenix flew, and someone answered, and the long way round begins where you left it: in a field in Montana, with a hand held up in the firelight. # ending: ending_first_contact
-> END

// The ship won back by the obsession: no evacuation (the crew fought deck by
// deck) or Lily could not reach him; Data lives, the Queen is dead.
=== ending_hollow_victory ===
# ending-title: Nobody Looks at the Captain
# ending-hint: Win the ship back the way the voice would have won it, and refuse everyone who asks you to stop.
The Enterprise leaves orbit a little after two in the morning, Montana time. # scene: USS Enterprise, the bridge # theme: ship
You give the order to go home. The bridge takes it in silence. {eva_hawk ? hawk_alive:Hawk, at the conn, says "Aye, sir" to the board and not to you.|The relief officer at the conn says "Aye, sir" to the board and not to you. Sean Hawk's chair would not have been so quiet.} Worf, at tactical, keeps his eyes on his console. Beverly stands at the back, by the turbolift, with her arms folded over her padd, and does not come down to her place beside you.
Nobody on the bridge looks at you. They do it carefully, the way people avoid looking at a wound. You won. The ship is yours. There is not one of them who believes that it was worth what you paid for it, and not one who will say so, and you would almost rather they did. # pause
{
- not eng_evac: The corridors between here and the turbolifts were full of your people this morning, holding the ship deck by deck because you would not let them go to the pods. Some of them are still there. Beverly has not finished the count. She has not asked you to help her with it.
- eng_for_queen: They know what you took down into engineering with you, and who it was for. Data told no one. He did not have to: the rifle was on the deck by the core when the first of them came back up.
- else: They came back up from the pods to a ship that was theirs again, and found that you had gone down into engineering alone, and that nobody's word had reached you there. Lily came up with them. She did not come to the bridge.
}
{epi_data():Data is at ops, with the side of his face still scorched to the circuitry where the Queen's gift burned away, and he is the only one who glances at you, once, as if to make sure you are still there. He does not say anything. He has been learning, these two days, when not to.}
The way back is the way you came. The Earth on the viewer, blue and white and whole. {eng_lily_word == 0 and epi_lily.home:Somewhere three hundred years behind you, in a silo in Montana, a woman is sitting on the edge of an empty hole in the ground, not watching the sky.|Somewhere three hundred years behind you a woman from Montana decided, last night, not to wave.} # scene: Earth orbit, 2373
The inquiry sits nine days later, in a small room at Starfleet Command with a window onto the bay. There are three admirals and a recorder. # scene: Starfleet Command, San Francisco
{
- epi_statement.facts: Your statement reads very well. It is true in every sentence. The admirals read it and find that you made hard choices under impossible conditions and were vindicated by events, which is what it says. They commend you. Counsellor Troi is not called. You find yourself wishing, absurdly, that she had been.
- epi_statement.all: They have read your statement, the whole of it, the part about the pleasure too. They do not know what to do with it, so they do nothing: the finding says that the Enterprise left her station without authority and saved the Federation by doing so, and says nothing at all about the voice. You asked them to judge you. They have declined.
- else: They have read your statement, which begins with the names. The admiral in the middle reads the last of them aloud, and then looks up at you with an expression you cannot read, and says that the board commends the Enterprise and her crew. She says the crew twice.
}
They find that you were right. The finding is eleven lines long. It says nothing about anything that matters. # pause
That night you sit in your quarters with the lights down and the ship whole around you, and you listen. For six years, since the cube, there has been a murmur at the edge of your hearing, a crowd in a distant room. It is gone now. The Queen is dead; the Collective of this century is a long way off; the room is empty.
It ought to be a relief. It is only quiet. You sit in it until the small hours, the captain of the flagship, vindicated by a board of inquiry, alone. # pause
{
- not eng_evac: You won back the Enterprise, all of her, and you would not give her up even when the ones who had to pay for her asked you to. # recap
- eng_for_queen: You sent the crew to the pods, and then went down into engineering with a rifle for the Queen, not for Data; and Data saved you anyway. # recap
- else: You sent the crew to the pods and went down alone, and nobody's word reached you down there, not even Lily's. # recap
}
It cost {epi_number(epi_count())} names on Beverly's list. {eng_cost == 2:Twenty-six of them are from the last morning, from the tubes you made your people hold.|Some of them are from the last morning, when Lily could not reach you.} # recap
{pro_warned:Porter and Haddad lived, because on Deck Sixteen you acted on what you heard.|Porter and Haddad went into the tubes on Deck Sixteen before you acted on what you heard.} {eva_hawk ? hawk_alive:Hawk came home, and flies the ship for you, and does not look at you.|{eva_hawk ? hawk_taken:Hawk fell where he stood when the Queen died, among the drones.|Hawk did not come back in off the hull.}} # recap
{eva_way ? way_burned:The forward decks burned when you shot the beacon whole, and the taken in their alcoves burned with them. |}{eva_hands >= 2:You killed one of your own with your own hands on the dish, and you would do it again.|} # recap
{epi_data():Data lives. He is the only one who still looks at you.|Data is gone.} # recap
Lily Sloane {eng_lily_word >= 1:told you the truth about yourself and watched you not hear it|would not speak to you at the end}. She stayed in 2063, and she did not wave. # recap
The Phoenix flew, and the visitors came, and history is safe. Nobody on the bridge of the Enterprise looks at the man who saved it. # ending: ending_hollow_victory
-> END

// The ship given up: the crew in the pods, the self-destruct ran to its end
// above Montana, Data and the Queen went with her; the crew are stranded in 2063.
=== ending_scuttled ===
# ending-title: Three Hundred Years Early
# ending-hint: Give the ship up to save her crew, and find out what it means to have no way home.
A year to the day after the Phoenix flew, you go down into the silo with a shovel and a steel box. # scene: The silo, April 2064
The silo is full of people. It has been full of people all year: three floors of bunks and workbenches under the Montana dirt, Lily's generator running on whatever fuel she can barter for, a mess hall in the old control room where Beverly holds a clinic every morning for anyone in the valley who comes. The settlement thinks you are refugees from the coast, which in a way you are. Seven hundred strangers who arrived all at once, well-mannered, handy with machines, very bad at farming, and unwilling to talk about where they came from. Bozeman has taken in stranger things since the war.
You told them the rules the first night, on the ridge, while the visitors were still in the bar: no one from the ship tells anyone what they know. No one builds what should not be built yet. No one goes near the visitors. Not one of them has broken it. {eng_cost == 2:Not one of the ones who are left.|}
{
- epi_lily.find or epi_lily.home: Lily runs the silo. You run the people. It was her idea, and her terms, and she has never once let you forget that she was right about the bunks.
- else: Lily gave you the silo the second week, without ceremony, the way she would lend a man a wrench. She still runs it. You still run the people. It works better than either of you expected.
}
{eva_hawk ? hawk_alive:Sean Hawk has built himself a plane out of two wrecks from the old airfield and flies the valley for the settlement, looking at the sky. |}{sickbay_out ? tolland:Dov Tolland teaches the settlement's children to read, and labels everything in the schoolroom.|} Worf has become, to everybody's surprise but his own, a very good blacksmith. Geordi has stopped pretending he is not helping Zefram Cochrane with the Phoenix's successor; he only helps with the parts that history says Cochrane built himself, and he checks the history books you brought down twice a week to be sure. # pause
{data_word:You promised Data, on Deck Sixteen, that you would come back for him. {eng_down.too_late:You came back as far as Deck Fifteen, and the count did not wait.|You chose the pods instead, and the count.} Some nights you go out to the ridge and say his name at the sky, where the ship was; it is a habit, and Beverly has stopped telling you it is not a healthy one.|On the nights you cannot sleep you go out to the ridge and look at the place in the sky where the ship died, with Data in her. You said nothing to him on Deck Sixteen when they took him. You have said a great deal since.}
The box is for the inquiry. # pause
{prologue.pro_bridge.speech:You promised your bridge one, over Earth, and you meant it.|You never promised your bridge one aloud, over Earth, but they knew, and so did you.} There is no board in this century to hear it, so you have written it for the one that will sit when the twenty-fourth century catches up: your statement, made on a tricorder in a wheat field, and Beverly's list, {epi_number(epi_count())} names long, and a letter from every member of the crew who wanted to write one, which was all of them. The lid is marked, in your own hand, for Starfleet Command, not to be opened before the fifth of April, 2373.
You bury it under the floor of the silo, where the Phoenix stood, and Lily pours the concrete over it herself. # pause
Afterwards she asks you whether you think anyone will ever open it. You tell her about a room at Starfleet Command with a window on the bay, where a box has sat in the archive for as long as anyone can remember, marked for a date that has not come yet, sent by nobody anyone knows. You had always thought it was a curiosity. Lily laughs until she has to sit down on the gantry steps.
You gave up the Enterprise so that her crew would live, and they did, and they will live the rest of their lives three hundred years from home. # recap
It cost {epi_number(epi_count())} names, and the ship, and {data_lost ? went_back:Data, who went back once for Lindqvist and {eng_down.too_late:whom you could not reach in time|whom you left to the count}|{eng_down.too_late:Data, whom you could not reach before the count ran out|Data, whom you left to the count}}. # recap
{pro_warned:Porter and Haddad are alive, and farm badly, and are happy.|Porter and Haddad were taken on Deck Sixteen before the first night was out.} {eva_hawk ? hawk_alive:Hawk flies the valley in a plane he built.|Hawk was lost on the hull, before any of this.} {sickbay_out ? tolland:Tolland teaches.|Tolland stayed behind on Deck Sixteen.} # recap
{eng_lily_word == 2:Lily Sloane reached you, the last morning, and you said so, and she gave you her silo.|{eng_lily_word == 1:Lily Sloane told you the truth about yourself, and you did not answer, and she gave you her silo anyway.|Lily Sloane would not speak to you the last morning. She gave your people her silo all the same.}} # recap
{obsession >= 4:The hunt was in you to the end. It went up with the ship.|The voice went up with the ship. The quiet it left is a Montana quiet, full of wind.} # recap
The Phoenix flew, and the visitors came, and the Enterprise is a light that went out over Montana a year ago today. Under the floor of a silo, in a steel box, the inquiry waits for its century. # ending: ending_scuttled
-> END

// The ship saved the right way (the crew in the pods, Data alive, Lily's word
// heard), but Lily's trust in Picard never came back from the night before
// (lily_trust_picard 1 or less): she goes home, and the ending is hers.
=== ending_lily_home ===
# ending-title: Home to the Silo
# ending-hint: Save everything but her good opinion, and let the last word go to the woman who stays.
You don't watch the ship go. That's the first thing you decide, and you stick to it. # scene: The silo, April 2063
{epi_lily.home:You were sitting on the edge of the empty hole where the Phoenix stood when it went, if it went. You kept your eyes on the concrete. It took a long time, not looking up, and when you finally did, there was nothing up there but stars, and you couldn't have said which one had been his.|You went home before it went, the long way, by the creek, and by the time you got to the silo there was nothing up there but stars, and you couldn't have said which one had been his.}
The next morning you start on the roof. # pause
That's the thing nobody tells you about the future: it needs a roof. Zef is famous by Tuesday, in the way a man can be famous in a world with four working radio stations and no newspapers: people walk in from Billings to look at him. The visitors have put up a kind of tent in the field by the road and are very polite to everyone and want to know everything, about soil and fuel and the war and the music, and they write it all down. Somebody has to feed them. Somebody has to find out what they eat. It turns out to be you.
{holo_route ? fought:At night you still hear the gun in the fake bar, the noise of it and the barman going down. It's getting quieter. It isn't quiet.|At night you still think about the fake bar, the band and the singer, and wonder if they're still in there, playing to nobody. You hope so. You don't know why.}
{
- eng_lily_word == 2: You got through to him at the end. You know that. He heard you, down there in engineering with the green light on him, and he said so, and he did the right thing. You'll give him that. You'll give him that for the rest of your life.
- else: You told him the truth about himself at the end, and he did the right thing after, and he never said whether it was because of you. You'd like to think so. You're not going to ask the sky.
}
But you saw him in the night, too. {eva_way ? way_burned:You saw him burn a part of his own ship with his own people in it, and know he was going to before he did it.|{eva_hands >= 1:You saw what he could do with his hands, and how easy it was for him.|You saw his face when he talked about them, the Borg, the ones who took him.}} That's in there with the rest. You don't get to pick which parts you keep. # pause
In June the visitors ask Zef to build them another ship, and Zef asks you, and you say yes before he's finished asking, because that's what you do. {cochrane_told == 2:He knows what he's going to be. He told you, the night after the landing, very drunk: the statue, the school, the whole thing. He said the people from the sky told him. You said you didn't want to hear about it, and he never told you again.|He doesn't know what he's going to be. Neither do you. You find that you like it that way.}
On the first night of the new build you find a thing in the dirt under the gantry, where the Phoenix's shadow used to fall: a small gold badge, a kind of arrowhead on an oval, the sort they all wore. It's cold, and it doesn't work, and you don't know whose it was. You could throw it in the creek. {lily_trust_picard >= 1:You put it in your pocket instead. Then you put it on the shelf over your bunk, with the picture of your mother and the Army's receipt for the generator you never paid for. You don't look at it much.|You hold it over the water for a long time. Then you put it in your pocket, because it's good metal, and good metal is good metal, whoever it belonged to.}
The ship goes up from the silo on a Tuesday, three years later, with your welds in it and your name painted inside the hatch where only the pilot can see. You don't look up at the sky much, even then. You look at the ground, and the roof, and the people under it. Someone has to. # pause
The captain saved his ship and his crew and the future, and listened to you, in the end, in time. # recap
It cost {epi_number(epi_count())} of his people. You never learned most of their names. You wish you had. # recap
{epi_data():{epi_landing.down:His android lives, with half his face burned down to the wiring; you saw it in the firelight and did not know where to look.|His android lives, they told you. You never saw him again.}|} {eva_hawk ? hawk_alive:The kid from the conn lived. You were glad about that.|The kid from the conn didn't come back. You asked after him, once.} # recap
{holo_route ? fought:You never got the gun in the bar out of your head.|You never got the window out of your head, the whole Earth in one piece.} You never quite trusted him, all the way. He never quite earned it. # recap
You went home. You fixed the roof. You built the next one. # recap
Lily Sloane, of Bozeman, Montana, stayed in her own century and built it, and did not look up at the sky to see the captain go. # ending: ending_lily_home
-> END

// The ship saved and Lily's trust kept, and on the surface Troi had Cochrane
// told everything and then let him run (cochrane_told 2, cochrane_back 3): he
// came back alone, knowing what he would become. The ending is Troi's.
=== ending_cochranes_word ===
# ending-title: The Man Who Came Back
# ending-hint: Tell the frightened man everything, then let him run, and trust him to come back on his own.
In the Bozeman archive there is a letter that has never been published. # scene: The Cochrane Archive, Bozeman, 2373
You are Deanna Troi, three hundred years and one short shuttle ride from the bar where you met him, and you find it on the third day of your leave, because you are looking for it, and because the archivist is a Betazoid from the colony on Rigel who feels your interest from across the reading room and brings it to you without being asked. It is one sheet of lined paper, folded in four, written in pencil in a hand that slopes downhill, and it is addressed to a woman in Saskatoon.
You remember a man going up into the pines in the middle of the night with his fear so loud it had gone quiet, and a choice you made in the dark: to let him go. You did not know, then, who he was running to. Now you do. Will did not like it. You held to it. He came out of the trees at twenty past six with his collar up, and nobody had brought him. # pause
The letter is dated the sixth of April, 2063. It is not long.
He tells his sister that he flew. He tells her it was one minute and it felt like a year and he'd do it again tomorrow, which is a lie, he says, but a good one. He tells her that some people came, afterwards, from a long way off, and that they are very polite and want to know everything, and that he played them a record.
Then, halfway down the page, the handwriting changes: slower, pressed harder into the paper.
He tells her that the night before, somebody told him everything. What the flight would do. What he would be, after. That there'd be statues. He says he ran, because who wouldn't, and that he was running to her. He says that a woman with dark eyes followed him as far as the trees and then stopped, and told the big man with her to let him go, and meant it, and that was the thing that turned him round. Not the statues. Not the future. That somebody knew exactly how much he was worth to them and let him walk away anyway, because it had to be his.
He says: so I came back, and I'm going to be whatever they say I'm going to be, but I want you to know that first I was somebody who nearly didn't come, and I want that to count for something. I want somebody to know it. # pause
At the bottom, under his name, there is a line of smaller writing, in a different pencil, added later. It says: tell nobody about the woman.
The archivist leaves you alone with it for as long as you want. You sit in the reading room with the letter in your hands, and the afternoon sun coming through the glass roof onto the empty place in the floor where the Phoenix once stood, and you think about how many people in Bozeman, in this century, know that Zefram Cochrane told the Vulcans he nearly didn't come. It is in every school book. Nobody has ever known why he said it.
{epi_data():Data, when you tell him, asks whether you intend to correct the record. You tell him no. He thinks about that for some time, and then says that he believes he understands, and that he is not certain he does, and that he is content, for once, not to be.|Will, when you tell him, says nothing at all for a while. Then he says that he wanted to stun him. He says he has thought about that a great deal.}
You give the letter back. You tell no one about the woman. # pause
On the surface you had Will tell Zefram Cochrane everything, and then, when he ran, you made Will let him go. # recap
He came back alone at first light, knowing what he would become, and chose it. {phoenix_fix == 0:He welded his own manifold.|{phoenix_fix == 1:Geordi and Reg welded his manifold by hand, and it rattled, and held.|The manifold that flew was from the Enterprise's replicators, and no history mentions it.}} # recap
Up on the ship the captain came through: the crew to the pods, Data {epi_data():alive|lost}, the Queen dead, and Lily Sloane's word heard in time. # recap
It cost {epi_number(epi_count())} names on Beverly's list. {eva_hawk ? hawk_alive:Sean Hawk came home.|Sean Hawk did not come home.} # recap
Lily Sloane stood at Cochrane's elbow when the visitors came, with her chin up, as if she had arranged it. # recap
Zefram Cochrane told the first visitors to Earth that he nearly did not come, and the only other person who knew why has never said. # ending: ending_cochranes_word
-> END

// Chapter Four's endings in engineering. Each is decided by state carried
// from the prologue on (the voice, the obsession, how Data was lost and
// whether anyone spoke to him, whether Lily could reach Picard); the last
// scene only tips it.

// Picard offered himself in Data's place with the voice all the way in since
// the prologue (pro_listened 2), the obsession at its height (eng_dark 3) and
// Lily unable to reach him (eng_lily_word 0): the Queen accepts.
=== ending_queen ===
# ending-title: By Choice
# ending-hint: Let her in over Earth and never push her out; let nobody reach you; then offer her the one thing she has always wanted.
She comes to you across the grating, and lifts her hand, and lays it along the side of your face, the way you would lay a hand on a horse you meant to keep. # scene: Main engineering
"Let him go," you say. "You promised."
"I didn't," she says. "But I will." And she turns her head, and Data is simply released: the drones at his shoulders step back, the conduit at his spine withdraws with a small wet sound, and the skin on his arm and his neck begins, slowly, to grey and loosen, as if it had only ever been lent. # pause
"Captain," Data says. "Captain, no. I had not decided. I had not..." # speaker: Data
{eng_sd:"Go," you tell him. "Get off this ship. There is a pod held on Deck Three. Go now." And because he is Data and you have given him an order in your own voice, in the last minute you will ever have one, he goes; and at the door he stops, and looks back, and his face is doing the thing you saw it do on Deck Sixteen.|"Go," you tell him. "Take the nine at the ladder and go. The transporters on Deck Four still answer to your codes." And because he is Data and you have given him an order in your own voice, in the last minute you will ever have one, he goes, and the nine go with him, Worf last, looking back.}
Then it is only the two of you, and the core, and the breathing green. # pause
She does it herself. No drones; no tubules; only her fingertips at the hinge of your jaw, light as a doctor's, and a coldness that goes in under the skin there and spreads like ink in water. Six years ago they held you down on a table in a cube and you fought them for every nerve. Today you stand still with your hands at your sides, and the Collective comes into you as a tide comes over a flat beach: not loud, not cruel, only everywhere, and in no hurry, because there is nothing left on the sand to resist it. # pause
She was right. It is a relief. # pause
{eng_sd:Your own hand goes to the console and stops the self-destruct's count, with your own codes, the ones she heard you say on the bridge. You are glad to give them to her.|There is no count to stop. You gave this ship to nobody but her.} In the corner of the great display, a spark climbs out of a hole in Montana on a column of white, and you watch it go, and you do not give the order to fire. Neither does she. # pause
"Let it fly," you say, and it is your voice, and it is hers, and it is the same voice now. "Let them come. They will land in a field in Montana tonight, and they will be met, and they will be glad of it, and the face that meets them will be one they can trust." # speaker: Locutus
Somewhere very far down, under the tide, one small thing of yours is still awake: a woman in a shelter with a book she read four times, a friend walking away from you down a corridor because you told him to, a line of little ships behind glass. It turns them over, one by one, like a man sorting keys for a house he has sold. Then it sets them down. # pause
After that there is nothing under the tide that is not also the tide. # pause
Three hundred kilometres below, {eng_evac:in a field of scorched grass among thirty empty pods|on the ridge above the silo, where the transporter set them down}, Data stands with his borrowed skin falling away from him in grey flakes, looking up at a ship that is still white in the sunlight and is not yours any more. {eng_evac:Beverly comes and stands beside him. She does not ask. She has known you for thirty years.|Worf stands beside him, with his hand on the hilt of a blade he cannot use, and says nothing at all.}
Over Earth, the first morning, you let her in. You let her in again at the cube, and again at the vortex, and you never pushed her out. # recap
{
- holo_route ? fought: On the holodeck you took the safeties off and picked up a gun and enjoyed it, and she felt you enjoy it. # recap
- holo_route ? fiction: On the holodeck you let a city burn to hold one of her drones still, and did not look back. # recap
- else: On the holodeck you sat still while her drones walked past you, with a woman's hand on your wrist. It was the last time anyone held on to you. # recap
}
{
- eva_hawk ? hawk_taken: Sean Hawk stood by the core and watched you go to her. He will be beside you now, always. # recap
- eva_hands >= 2: On the dish you killed one of your own with your hands. She treasured it. # recap
- eva_hawk ? hawk_lost: Sean Hawk is somewhere between the ship and the Earth, and you are glad, now, that he cannot see you. # recap
- else: Sean Hawk came back in off the dish alive because of you, and went down to Montana without you. # recap
}
{eng_reach == 0:Lily Sloane never came to the observation lounge. You did not send for her.|Lily Sloane came to the observation lounge and tried to tell you. You sent her out before she could finish.} # recap
{eng_evac:Your crew are in a field in Montana, alive, watching their ship go round.|Your crew fought for the ship all the way down the Jefferies tubes, and the nine who reached engineering were sent home by the man they came to save.} # recap
Data is alive and himself, because you gave her yourself in his place. It is the last thing you did that was yours. # recap
Jean-Luc Picard, captain of the Enterprise, became Locutus again in main engineering on the morning of the fifth of April, 2063, and this time nobody had to take him. # ending: ending_queen
-> END

// Data's struggle was lost (no promise on Deck Sixteen, left behind fastest,
// nobody spoke to him after; eng_hold 0) and Picard came down armed for the
// Queen (eng_for_queen, the obsession at 5 or more): he ends his friend with her.
=== ending_data_taken ===
# ending-title: The Arrangement
# ending-hint: Leave a friend behind without a word, never speak to him after, and go down for her with a rifle instead of for him.
Three lights leave the ship and go down towards the spark. On the display the targeting ring holds it, steady as a hand. Data's hands do not move again. They do not need to. # scene: Main engineering
The drone holding your right arm has turned its head to watch, as they all have, as she has; and its grip, for one moment, is only a grip. # pause
You tear free. The rifle is on the grating where the drone let it fall, two metres away, and you reach it, and roll, and come up on one knee, and you do not aim at her. You aim at the coolant tank's housing beside the core, and fire, and fire again, and the housing splits with a sound like ice on a river. # pause
The coolant comes out in a roaring white sheet. The targeting console at Data's hands goes under it, and the ring on the display flickers and breaks, and far below three lights that were closing on a spark wobble, and spread, and go on past it into the empty black. The spark keeps climbing. # pause
The Queen does not scream. She turns to look at you as the white takes her, from the feet up, and her face is perfectly calm and very interested, as if you had finally done something worth watching. "There you are," she says. And then she is not. # speaker: The Borg Queen
You go up the ladder on the core's housing, hand over hand. Nothing holds your ankle. When you look down the drones are gone, all of them, into the white, and only one figure stands in it, waist-deep, unharmed, because the coolant has nothing in him to dissolve but the skin. # pause
It burns off him as you watch. His arm, his neck, the side of his face, down to the tripolymer and the circuitry. He does not seem to notice. He wades to the auxiliary console by the core, the one the coolant has not reached, and puts his bare hands on it, and on the display a new ring begins to close, from the forward launcher, round the climbing spark. # pause
"Data."
He does not look up. "She is gone," he says. "I find that I still want what she offered. I did not expect that. I had thought the wanting was hers." His fingers move. "It is mine now. I would like to keep it, sir. I would like to see what it becomes." # speaker: Data
You have the rifle. You have known since the weapons locker on Deck Three whom you would point it at. You had thought it would be her. # pause
You fire once. # pause
He falls forward across the console, and the ring on the display goes out, and far below, unhunted, the spark goes on climbing into the black, where in a few minutes it will light up a sensor on a ship that is passing, and change everything. # pause
You vent the coolant. You climb down. You sit on the wet grating beside your friend for a long time, and you do not touch him, because you do not know, any more, what parts of him were his. # pause
{data_lost ? rearguard:You left Data on Deck Sixteen to hold a door, and you did not call to him as they closed on him.|You went for the coolant valves yourself on Deck Sixteen, and Data was taken pulling you free, and you did not call to him as they closed on him.} # recap
{eng_order.call.answer:When his voice called from engineering, you answered, but it was too late to reach him.|{eng_evac:When his voice called from engineering, you did not answer it.|You brought twenty-six people down the tubes to him, and nine of them reached the bottom.}} In engineering you went to her first, not to him. # recap
You came down to engineering with a rifle, for her, and in the end you used it on him. # recap
{
- eng_evac: The crew watched from the pods in a Montana field as the ship came back to herself: green going out of her deck by deck, in the sunlight. # recap
- else: The crew who fought down the Jefferies tubes with you came into engineering after it was over, and found you on the grating, and did not ask. # recap
}
{
- eng_lily_word == 2: Lily Sloane told you, in the observation lounge, to do the smart thing first. You did the smart thing first, and then this. # recap
- eng_lily_word == 1: Lily Sloane told you, in the observation lounge, what you were doing. You never answered her, and then you did this. # recap
- else: Lily Sloane was not there at the end. Nobody who could have reached you was. # recap
}
{eng_cost >= 1:
    It cost more lives this morning than it needed to. # recap
}
The Phoenix flew. Above it, for a few minutes, was a ship that had turned her guns on it. Nobody on the ground will ever know. # recap
Lieutenant Commander Data, second officer of the Enterprise, accepted the Queen's gift and was ended by his captain in main engineering on the fifth of April, 2063, with the Phoenix still climbing. # ending: ending_data_taken
-> END

// Data's struggle was lost (eng_hold 0) and Picard came down for Data with
// nothing in his hands: nobody can stop the torpedoes, and Data fires true.
=== ending_phoenix_falls ===
# ending-title: Three Lights
# ending-hint: Leave a friend behind without a word, never speak to him after, and have nothing in your hands when it matters.
Three lights leave the ship and go down towards the spark. # scene: Main engineering
You watch them go. There is nothing else you can do; there are drones on both your arms and nothing in your hands, and you came down here with nothing in your hands on purpose, because what you meant to do for him was not something a weapon could do. # pause
The ring on the display holds the spark as steady as a hand. The three lights close. {eng_cb == 3:Somewhere in that spark is a man who came back out of the woods at first light because he had nowhere else he wanted to be.|Somewhere in that spark is a frightened man in a flight suit, with a bottle somewhere in the cabin, and a song.} # pause
There is a flash, very small and very white, high over Montana. Then there is nothing where the spark was, and the column of white it climbed on hangs in the blue for a while, bending in the wind, and begins to come apart. # pause
"There," the Queen says softly. She does not sound triumphant. She sounds like a woman who has finished a piece of embroidery. # speaker: The Borg Queen
Data takes his hands off the console. He looks at them. Then he looks at the display, at the white thread of smoke unravelling over Montana, and you watch his face change for the first time since you came into the room, and you wish, for the rest of your life, that you had not. # pause
"I wanted to know what it would be like," he says, to nobody, "to want something so much that I would do anything for it. Now I know." He turns his head and looks at you. "It is not what I thought, sir." # speaker: Data
He turns, and puts his fist through the coolant tank's housing. # pause
You are held; you cannot climb. The drones holding you come apart in the white before it reaches you, and let go, and you go up the core's ladder with the roar below you and nothing at all on your ankle, because she does not try to stop you. She is standing in the coolant with Data's arms round her, quite still, watching the smoke on the display. She does not look at you once. She has what she came for. # pause
When you vent the room there is nothing left of her but the spine and the skull, and nothing left of the skin on Data but ash. He is sitting by the ruined tank. He does not get up. "I have done a thing that cannot be undone," he says. "I have been trying, for eleven seconds, to find a way in which it can. There is none." # speaker: Data
The ship is yours again. The Borg in her are dead. And below her, over Montana, there is no trace of a warp field tonight for anyone passing to see. # pause
On the surface, at the edge of a crater that was a missile silo, Will Riker stands with Deanna Troi and looks up at where the Enterprise goes round, and does not call her. There is nothing to say on a channel. No one is coming. No one will come for a very long time. # scene: Bozeman, Montana
{data_lost ? rearguard:You left Data on Deck Sixteen to hold a door, and you did not call to him as they closed on him.|You went for the coolant valves yourself on Deck Sixteen, and Data was taken pulling you free, and you did not call to him as they closed on him.} # recap
{eng_order.call.answer:When his voice called from engineering you answered it, and it was not enough.|{eng_evac:When his voice called from engineering, you did not answer it.|You brought twenty-six people down the tubes to him, and nine of them reached the bottom.}} In engineering you went to her first, not to him. # recap
{eng_core.offer.give:You offered yourself in his place. She did not want you as a gift. She wanted him to choose.|You offered her nothing. She did not need anything from you.} # recap
{
- eng_evac: Your crew are alive, in a field of empty pods in Montana, under a sky with nothing coming. # recap
- else: Your crew fought down the Jefferies tubes for a ship that they have now, in a century that has no use for her. # recap
}
{eng_evac:Lily Sloane came down in a pod to a field a few miles from a crater where her partner's rocket had been. She knew, before anyone told her.|Lily Sloane heard it on Deck Four, on the channel, among the litters. She did not ask anyone to repeat it.} # recap
Zefram Cochrane died over Montana on the fifth of April, 2063, in the first warp flight Earth ever made, and nobody saw it who would have come. # ending: ending_phoenix_falls
-> END
