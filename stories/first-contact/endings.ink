// Every ending of the story. Every ending knot opens with its title and
// hint (`# ending-title:` and `# ending-hint:`, before any text); its last
// line carries an `# ending: id` tag and is followed by -> END. Endings are
// computed from accumulated state (see stories/first-contact/README.md);
// chapters divert here, they do not END themselves.

// Chapter One's earned ending: Crusher refused three times, against three
// warnings, to leave the patient who could not be moved (sickbay_hold).
=== ending_sickbay_taken(sb_talk) ===
# ending-title: The Doctor Stays
# ending-hint: Some patients cannot be moved, and someone has to stay with them.
You sit down on the edge of the stabilizer's frame, where Voss can see you without turning her head, and take her hand.
"You were meant to go," she says. # speaker: Mira Voss
"I was meant to do a lot of things." Your fingers are already on her wrist, because it is the thing you know how to do. Ninety-two, strong. {sb_talk == 3:"You said you'd tell me the rest. About the wedding."|"Tell me about home. Anything that isn't this room."}
The hologram stands, straightens his tunic, and walks to the middle of sickbay, between the drones and the bed, and folds his hands behind his back like a man waiting for a train.
"This is a medical facility," he tells them. "These are my patients. You will wait." They do not wait. One of them reaches past him into the wall, to the emitter housing, and he has time to look down at his hands as they come apart, and to say, quite clearly, "Well. That's rude." Then he isn't there. # speaker: EMH
{sb_talk == 3:Voss tells you the rest. The groom builds irrigation systems in a province that was a dust bowl under the Occupation, and he cried when her sister said yes. The speech is the fourth draft, the one about their mother. You tell her to give that one. She laughs, and says she'd already decided.|Voss tells you about her sister, who is getting married on Bajor in three weeks to an engineer who has never once been on time: lanterns on the water, four drafts of a speech Voss is meant to give and hates. You tell her which one to use. You make it up. She laughs.}
The hand on your shoulder is not heavy. It is almost courteous. # pause
You keep your fingers on her pulse and count out loud, because counting is yours and they cannot have it yet. Ninety-four. Ninety-six. Something cold at the side of your neck, and the chorus that has been under the floor all night comes up through you like water through sand. It is not loud. It knows your name and everything you ever learned, and it is pleased with all of it. # pause
The last thing that is only yours is a number. One hundred and four. You say it to Voss. You think she hears.
Fifteen minutes later, at the top of the tube on Deck Fifteen, Alyssa Ogawa stops counting the seconds since the hatch went quiet, and starts doing what you would have done: she checks the patients, in order of how fast they could die. # scene: Deck Fifteen
{lily_trust >= 1:She finds Lily Sloane at the back of the line with a stranger's arm over her shoulders, taking his weight without being asked, and sends the two of them up the corridor first.|She finds Lily Sloane at the back of the line, watching the dark end of the corridor like someone working out which way is out, and sends her up it first with a stranger's arm over her shoulders, so that she has to go slowly.} Then she does the count again, the way you taught her: heads, then hands, then breathing. It comes out short. It will come out short every time she does it tonight, and after the third time she stops doing it out loud.
{pro_listened == 2:When Ogawa reports it, the captain says nothing for a long time. Then he says that he will see to it, in a voice so level that she never wants to hear it again.|When Ogawa reports it, the captain asks her to repeat it. Then he thanks her and closes the channel, and for a long time nobody on the bridge looks at him.}
You held sickbay. You chose it three times, against your nurse, your patient and your hologram, and each of them told you plainly what it would cost. # recap
Alyssa Ogawa, Dov Tolland and every patient but Mira Voss got out up the Jefferies tube, the litters hauled on a line, because you stayed to the last. # recap
{lily_trust >= 1:Lily Sloane went up the tube with them, and will tell anyone who asks that one of these people stayed with her wounded when she did not have to.|Lily Sloane went up the tube with them, a stranger among strangers, and slipped away into the dark of the ship.} # recap
{emh_log ? adaptation:The hologram watched the drones learn their way through the doors, and his record of it sits in the ship's medical log.|The hologram's record of that night ended with his emitters.} # recap
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
You take her hands off your wrist, gently, the way a man sets down something he means to come back for. It is the worst thing you do all night.
"Picard," Lily says, once. She meant what she told you.
{holo_route ? fought:You take the stairs two at a time with the empty Thompson, and at the grey doors it goes out like a blown match.|You take the stairs two at a time, and the clarinet stops behind you as if somebody had shut a lid on it.} # theme: ship # scene: Corridor, Deck 15
The drone has stopped ten metres down the corridor and turned round, and behind it there are others: five, eight, more. They were never walking away. {pro_listened >= 1:The hum knew. It let you believe you were the one chasing.|You understand it the way a man understands a snare once his foot is in it.}
You reach it anyway, and for one whole second you have it. Then there are hands on you from behind, none of them rough, and two cold points at the side of your neck, exactly where the old ache has lived for six years. # pause
It does not hurt. You had forgotten the quiet under the noise: more minds than there are stars you can name, all agreeing. Your own voice goes on in it for a while, small and stubborn. Then there is only the agreeing. # pause
Into the place it kept for you goes everything you carried: every deck and every name, the man who holds the codes, {plan_known >= 1:all you learned about the deflector, |}the hour tomorrow when a rocket leaves the ground. You are grateful for the chance. # pause
In Holodeck Three, Lily Sloane stands at the foot of the painted stairs and counts to sixty, because she said she would not follow, and waits anyway. # scene: Holodeck 3
It takes her the best part of an hour in the crawlways to find Deck Eleven, {holo_lily_gun():with the weapon held in front of her the whole way|with her hands empty and her back to every wall}.
Beverly Crusher looks up from the wounded in a crew lounge, and sees who is not with her. {crusher_hid >= 1:Lily watches her tug her uniform straight over something, without thinking, and does not ask.}
"He went after one," Lily says. "By himself. He took my hands off him like they were something he'd pick up later." # speaker: Lily
Beverly goes on holding the dressing on a wound that is still bleeding. Only her hands go white. # pause
Later, when the bleeding has stopped, Beverly sits down on the deck beside Lily with her back to the bulkhead and asks her to tell it again, slowly, from the table. Lily does. She leaves nothing out, though at the foot of the stairs she stops, and has to start that part again. Beverly listens the way she listens to a chest, with her eyes on nothing. At the end she says that it was never Lily's to hold. Lily says that somebody should have been holding it, and neither of them says who.
You went after the last drone in the Club Tangier with the obsession at its height, past the one person who told you plainly what it would cost. # recap
{
- pro_listened == 2: Over Earth you let the Collective's voice all the way in. Tonight it only had to hold the door. # recap
- pro_listened == 1: Over Earth you let the Collective's voice point the way. Tonight you followed it the rest of the way on foot. # recap
- else: Over Earth you kept the Collective's voice at arm's length. Tonight you went to it yourself. # recap
}
{data_word:Data keeps the codes until you come back for him, as you promised. You will come back now, and not for him.|Data is alone with them in engineering, and nobody told him anything as they closed on him.} # recap
{holo_route ? fought:Gus the barman died in the Club Tangier under your drum, and Lily Sloane bled for it.|Lily Sloane {holo_hide.pass.dance:danced with you|sat across a table from you} while the drones walked past, and held your wrist for as long as you let her.} # recap
Lily is with Beverly on Deck Eleven. She will not take a Starfleet officer's hand again. # recap
{plan_known >= 1:What you learned about the deflector, the Collective now knows you learned.|You never found out what they are building at the deflector. You are building it now.} # recap
Jean-Luc Picard, captain of the Enterprise, went up a flight of painted stairs in San Francisco in 1941 after the last of them, and he did not come down. # ending: ending_holodeck_taken
-> END

// Chapter Three's ending: the team went out knowing too little, spent what time
// there was on the people beside them, and refused to fire on the beacon's base
// with the feed live when it was the last way left. The beacon sends.
=== ending_beacon_called ===
# ending-title: The Call
# ending-hint: Out on the dish, every kindness costs a minute.
{eva_locks_way.hawk_back.let_hawk:The array hangs free above its empty cradle, tethered by its feed, and the drones have Hawk halfway to the hull plate when the light at the top of the mast changes.|You are on your knees at two o'clock with both hands on the last release plate when the light at the top of the mast changes.} # scene: The deflector dish
It does not flare. It only goes, very quietly, from white to a colour that has no name, and through your boots and the old grey place at the back of your skull you feel it send.
There is no sound out here. {eva_pl >= 1:The tide in your head rises all at once, the nearest thing to joy the Collective has.|Every drone on the dish lifts its face to the array, the way a congregation stands.}
{eva_locks_way.hawk_back.let_hawk:You cut the feed at last, where Hawk's hand was a minute ago, and Worf fires into the array|On the count of fourteen the last lock lets go, and {(eva_hawk ? hawk_alive) && eva_hawk_close:Hawk and Worf fire into the array|Worf fires into the array}} until it breaks and goes away from the ship in slow bright pieces. The call is already gone, towards the Collective of this century, which until a minute ago had never heard of Earth.
It has now.
{
- eva_hawk ? hawk_taken: Worf gets you back along the hull to the airlock. You remember only the empty place beside you where Hawk should have been, and the hull plate they took him through, closed.
- eva_hawk_close: Worf gets you back along the hull, with Hawk at your other side. At the inner door Hawk says, "It was my plan, sir. You could have..." and stops, because you both know what you could have, and why you didn't.
- else: Worf gets you back along the hull to the airlock. You do not remember the walk.
}
In the airlock the pressure comes back a breath at a time, and sound with it: the hiss of the vents, Worf's breathing{eva_worf_hurt:, wet and careful through the patch on his seal,|,} and your own heart, which has been going all this time without you. Worf takes off his helmet and looks at you, and says nothing. He does not need to. He felt it send through the soles of his boots, the way you did.
On the bridge an hour later the board where the deflector array used to answer shows nothing at all, and the viewer shows the stars exactly as they were before, which is a lie they will go on telling for years.
You take back your ship, in time, at a price. Tomorrow a drunk man's rocket flies faster than light, and a Vulcan ship turns and comes down to say hello. For a day, you saved it. # pause
But the Collective of this century is patient. It will not come for years. When it does, it will come with every year of human history laid out before it like a chart. {eva_lily2:Lily Sloane will grow old before it comes. You tell her so, because she asked you never to lie to her, and she says that a hundred years is a long time to get ready, if anybody bothers.|Lily Sloane will grow old before it comes. You do not tell her.}
You go back to your own century, and find in the oldest records of the Federation a date a hundred years after Cochrane's flight, when the first cube came already knowing everything, and met a Starfleet that had spent a century getting ready because a captain told them it was coming. # pause
The war has not ended. It has your name on it. # pause
{eva_word:Data, when you get him back, puts the odds that the call was heard at ninety-seven point three percent, and says he is sorry. He is learning to say it before the figure.|Data, when you get him back, puts the odds that the call was heard at ninety-seven point three percent. He does not say he is sorry. You wish one of you would.}
You keep the last release plate. It is a grey square of their alloy no bigger than your palm, still cold after a week in a drawer of your ready room, and on the nights you cannot sleep you hold it and try to work out which minute it was that you spent. You never can. Every one of them was somebody's.
You went out onto the dish knowing {eva_plan >= 3:what it was and how it was held, and still there was not time|{eva_plan == 2:what it was, but not how it was held|too little of what it was}}, and every minute on the hull you spent on someone beside you. # recap
{
- eva_locks_way.seized.after_hawk: You went back for Hawk when the drones took him, and he lived, and it cost the minute that was left. # recap
- eva_locks_way.hawk_back.let_hawk: Lieutenant Hawk was taken into the ship, and sent back to mend the feed, and you let the drones lead him away rather than cut through his hand. That was the last minute. # recap
- eva_hawk ? hawk_taken: Lieutenant Hawk was taken into the ship, and even that did not buy the time back. # recap
- else: Every kindness on the dish cost a minute, and you paid for each one. {eva_hawk ? hawk_lost:Sean Hawk did not come back in off the hull all the same.|Sean Hawk, at least, came back in alive.} # recap
}
{eva_worf_hurt:Worf's suit failed on the dish{eva_locks_way.worf_fight.go_to_worf:, and you went to him|, and it was sealed in time}.|Worf came back whole.} # recap
{eva_locks_way.hawk_back.let_hawk:You were offered Hawk's way once, before the locks, and would not burn the decks beneath you to take it.|Twice you were offered Hawk's way, the second time as the last way left, and twice you would not burn the decks beneath you to take it.} # recap
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
The Enterprise leaves orbit a little after two in the morning, Montana time. # scene: USS Enterprise, the bridge # theme: ship
{eva_hawk ? hawk_alive:Hawk has the conn. Once, when he thinks nobody is looking, {phoenix_fix == 0:he pats the edge of the console the way Cochrane patted his manifold.|{phoenix_fix == 1:he gives the edge of the console one flat-handed thump, the way Cochrane hit his panel when the seam rattled.|he pats the edge of the console, like a man thanking a horse that has carried him home.}}|The conn is Ensign Perrault's, from the relief watch; she has not looked at the empty chair beside hers once.}
{epi_data():Data is at ops, the scorched side of his face still bare. He reports, unprompted, that it is raining in Bozeman and that he went out into it for four minutes before he beamed back up.}
You give the order to go home. The bridge takes it as if it were ordinary, and that is the kindest thing anyone has done for you in two days. # pause
You walk the ship once before you sleep. The litters have gone from the corridors and the decks have been scrubbed, badly, by people who had never scrubbed a deck in their lives. {sickbay_out ? tolland:Dov Tolland has labelled the doors of the crew lounge where the wounded lay, in marker pen, with the names of the people who lay behind each one, and nobody has had the heart to wipe them off.|In the crew lounge where the wounded lay, someone has written their names on the window in marker pen, and nobody has had the heart to wipe them off.} In engineering Geordi is back, talking to the core in the low voice other people keep for horses, and the frost on the gantry rail has melted into a long line of drips. You stand at the top of the ladder and let him talk. You do not go down.
The way back is the way you came, until the Earth is on the viewer, blue and whole, and a voice from Starfleet Command is asking, with great care, who you are. # scene: Earth orbit, 2373
The inquiry sits nine days later at Starfleet Command, in a small room with a window onto the bay, chaired by Admiral Odum, who lost a son at Wolf 359. # scene: Starfleet Command, San Francisco
{
- epi_statement.all: She has read your statement twice. She asks you only one question about the voice: whether it is gone. You tell her it is quiet. She thanks you for not pretending.
- epi_statement.facts: They have read your statement, and then Counsellor Troi's, and they ask you about the difference. You tell them about the voice then, all of it, and it is harder than it would have been in your ready room.
- else: She says your statement is the first she has read that begins with the names and not the orders, and she reads three of them aloud before she asks you anything.
}
They find that the Enterprise left her station without authority, and that had she not, there would be no Starfleet to find it. The finding is eleven lines long. # pause
Afterwards you take a shuttle to Bozeman, where a statue of Cochrane looks nobly at the sky outside the silo, which he would have hated. # scene: Bozeman, 2373
On the plinth is a list of the people who built the Phoenix. The fourth name down has a flower on it. You do not need to know who left it.
You stand in front of it until the shuttle pilot, who is twenty and very polite, comes to ask whether you are all right. You tell him that you are. For once it is very nearly true, and he walks you back to the shuttle without another word, the way a crewman would.
You came back in time to keep a future, and it cost {epi_number(epi_count())} names on Beverly's list{epi_statement.names:, and you gave every one of them to a board that listened|, and every one of them is in the record you gave the board}. # recap
{pro_warned:Lieutenant Porter and Ensign Haddad are alive because {pro_listened >= 1:you acted on a sound only you could hear|you cleared Deck Sixteen on less than a captain is supposed to want}.|Lieutenant Porter and Ensign Haddad went into the tubes before you understood what you were hearing{eva_back.taken_one.carry:; you carried Haddad back in off the hull, and Porter is still gone|}.} {eva_hawk ? hawk_alive:Sean Hawk came home.|Sean Hawk did not come home.} # recap
{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off or eva_way ? way_burned:
    {eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:You killed {mast_taken()} yourself at the mast. |}{eva_way ? way_burned:The backflash you sent down the feed burned Decks Twenty to Twenty-Six, forward, and the taken who were kept there.|} # recap
}
{sickbay_out ? tolland:Dov Tolland is alive, and still labels everything.|Dov Tolland stayed behind on Deck Sixteen.} Alyssa Ogawa got out of sickbay{sickbay_out ? patients:, and so did {sickbay_run:every patient who could walk|every patient who could be carried}|; none of her patients did}. # recap
{epi_data():Data refused the Queen, took her down into the coolant, and lives.|Data is gone.} Beverly Crusher kept the count, and the count was short. # recap
Lily Sloane told you the truth in time, and you heard it, and she is the fourth name on the plinth in Bozeman. # recap
{epi_landing.down:When the visitors landed you stood at the edge of the pines{epi_data(): with Data beside you}, close enough to see Cochrane's face.|When the visitors landed you watched from orbit, and let the people who belonged there be the ones they saw.} # recap
{obsession <= 2:You kept the Collective's voice at the door all night, and it is quiet now.|The voice came closer than you would like the board to know. It is quiet now, and you are listening for it still.} # recap
The Phoenix flew, and someone answered, and the long way round begins where you left it: in a field in Montana, with a hand held up in the firelight. # ending: ending_first_contact
-> END

// The ship won back by the obsession: no evacuation (the crew fought deck by
// deck) or Lily could not reach him; Data lives, the Queen is dead.
=== ending_hollow_victory ===
# ending-title: Nobody Looks at the Captain
# ending-hint: Win the ship back the way the voice would have won it, and refuse everyone who asks you to stop.
The Enterprise leaves orbit a little after two in the morning, Montana time. # scene: USS Enterprise, the bridge # theme: ship
You give the order to go home. {eva_hawk ? hawk_alive:{eng_pods.hawk_pods:Hawk, at the conn, turns in his seat to say "Aye, sir" to your face, as glad as he was when you gave him the pods; then he sees the rest of the bridge not looking, and turns back to the board.|Hawk, at the conn, says "Aye, sir" to the board and not to you.}|The relief officer at the conn says "Aye, sir" to the board and not to you.} {eng_evac and not eng_for_queen:Beverly comes down and stands beside your chair for a minute, a hand on its back, and says nothing; then she goes back to the turbolift to wait for the last of her wounded.|Beverly stands by the turbolift, and does not come down beside you.}
{eng_evac and not eng_for_queen and eng_cost == 0:Hardly anyone else looks at you. They do it kindly, the way people look away from a man who has been ill. You won, and this morning cost nobody; but they saw your face in the night, and none of them is sure yet whose it was.|Nobody looks at you. They do it carefully, the way people avoid looking at a wound. You won. Not one of them believes it was worth the price, and not one will say so.} # pause
{
- not eng_evac: This morning your people held the ship deck by deck because you would not let them go to the pods. {epi_count_scene:Beverly read you the count this afternoon, every name.|Beverly has not finished the count.}
- eng_for_queen: They know what you took down into engineering, and for whom. The rifle was on the deck by the core when the first of them came back.
- else: They came back from the pods to find you had gone down alone, and that nobody's word had reached you. Lily did not come to the bridge.
}
{epi_data():Data, at ops, {eng_evac and not eng_for_queen:glances at you too|is the only one who glances at you}, as if to make sure you are still there.}
At the turn of the watch you walk the ship, because a captain should. The corridors smell of scorched insulation and of the coolant that went through engineering at ten past eleven. On Deck Eight somebody has scrubbed the green off a bulkhead and stopped halfway, and the clean half is worse. Crewmen step aside for you and say "sir" to the deck plating. In a Jefferies tube on Deck Nine a young engineer you do not know is cutting out a conduit the drones grew into the wall; she sees your boots on the rungs above her and goes on cutting until you have gone.
Beverly brings the count to your ready room at the end of the watch, on a padd, and puts it on the desk rather than in your hand. {eng_cost == 2:{engineering.report.hold_line:Twenty-one lines of it are from this morning, four from the Deck Eight junction and seventeen from the tubes|Seventeen lines of it are from this morning's tubes}, in her smallest writing, with the deck beside every name.|{eng_cost == 1:Most of it is from the night. The last {epi_number(epi_morning())} lines are from this morning, and she has put the time beside each one.|All of it is from the night. She has put the time beside each name, and none of the times is this morning.}} She does not sit. You thank her. She says that she is not the one you ought to be thanking, and goes, and the fish in the tank go on turning in the light as if nothing had happened to anybody.
You take her home. {epi_lily.home:Three hundred years behind you, a woman sits on the edge of an empty hole in a Montana silo, {eng_lily_word == 0:not watching the sky|and does not wave}.|{epi_lily.find:Three hundred years behind you, a woman from Montana {epi_landing.orbit:said goodbye to you over a borrowed badge|came up under the pines to say goodbye}, and has gone home.|Three hundred years behind you, a woman from Montana is explaining a jukebox to a visitor, and not looking up.}} # scene: Earth orbit, 2373
The inquiry sits nine days later at Starfleet Command. # scene: Starfleet Command, San Francisco
{
- epi_statement.facts: Your statement is true in every sentence, and the admirals find what it says: hard choices, vindicated by events. Counsellor Troi is not called. You wish she had been.
- epi_statement.all: They read all of it, the voice too, and do not know what to do with it, so the finding says nothing about the voice. You asked them to judge you. They have declined.
- else: Your statement begins with the names. The admiral in the middle reads the last of them aloud, and says that the board commends the Enterprise and her crew. She says the crew twice.
}
The finding is eleven lines long, and says nothing that matters. # pause
Will Riker, who spent all of it in Montana, walks out with you as far as the lift. He talks about rockets, and about a bar with a jukebox, and he is kind, and he does not once ask you about the morning. That is how you know what he has been told.
That night, in your quarters, you listen for the murmur that has been at the edge of your hearing for six years. It is gone. It ought to be a relief. It is quiet, and you sit in it until the small hours, vindicated, alone. # pause
{
- not eng_evac: You won back all of the Enterprise, and would not give her up even when the ones paying for her asked you to. # recap
- eng_for_queen: You sent the crew to the pods, then took a rifle down for the Queen, not for Data; and Data saved you anyway. # recap
- else: You sent the crew to the pods and went down alone, and nobody's word reached you. # recap
}
It cost {epi_number(epi_count())} names on Beverly's list. {eng_cost == 2:Seventeen are from the tubes you made your people hold{engineering.report.hold_line:, and four more from the Deck Eight junction before them|}.|{eng_cost == 1:{engineering.report.hold_line:{epi_pod_deck():Nine are from the last morning: four at the Deck Eight junction, and five on the pod deck, because you answered Data and the Queen heard when you were coming.|Four are from the last morning, at the Deck Eight junction you would not give up.}|Five are from the last morning, on the pod deck, because you answered Data and the Queen heard when you were coming.}|None of them is from the last morning.}} # recap
{pro_warned:Porter and Haddad lived, because you acted on {pro_listened >= 1:what you heard|a footnote}.|Porter and Haddad went into the tubes {pro_listened >= 1:before you acted on what you heard|while you still took it for a thermostat}{eva_back.taken_one.carry:; Haddad you carried back in off the hull|}.} {eva_hawk ? hawk_alive:{eng_pods.hawk_pods:Hawk brought the pods down in a line, and came home glad you gave them to him.|Hawk came home, and does not look at you.}|{eva_hawk ? hawk_taken:Hawk fell among the drones when the Queen died.|Hawk did not come back in off the hull.}} {sickbay_out ? tolland:Dov Tolland lived, and says "sir" to the deck plating with the rest of them.|Dov Tolland never came out of sickbay.} # recap
{eva_way ? way_burned:Decks Twenty to Twenty-Six burned when you shot the beacon with the feed live, and the taken who were kept there with them. |}{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:You killed {mast_taken()} yourself at the mast, and would do it again.|{eva_locks_way.hawk_back.kill_hawk:You stopped Sean Hawk with your own hands on the dish, once they had taken him, and would do it again.|{eva_hands >= 2:You killed one of your own with your hands on the dish, and would do it again.|}}} # recap
{epi_data():Data lives.|Data is gone.} {eng_evac and not eng_for_queen:Beverly still looks at you{epi_data():, and so does Data|}{eva_hawk ? hawk_alive and eng_pods.hawk_pods:, and Hawk|}.|{epi_data():{eva_hawk ? hawk_alive and eng_pods.hawk_pods:He and Hawk are the only ones who still look at you.|He is the only one who still looks at you.}|}} # recap
Lily Sloane {eng_lily_word >= 1:{eng_lounge.admit:told you the truth about yourself, heard you agree, and did not believe you|{epi_lily.find and not epi_landing.orbit and not epi_lost_ship():told you the truth about yourself and watched you not hear it, until she came up under the pines that night and you told her she had been right|told you the truth about yourself and watched you not hear it}}|{epi_afternoon.lily:would not speak to you the last morning, and let you find her in the afternoon all the same|would not speak to you at the end}}. She stayed in 2063{epi_lily.find:, and said goodbye before you went|, and she did not wave}. # recap
The Phoenix flew, and the visitors came, and history is safe. {eng_evac and not eng_for_queen:Hardly anybody|Nobody} on the bridge of the Enterprise looks at the man who saved it. # ending: ending_hollow_victory
-> END

// The ship given up: the crew in the pods, the self-destruct ran to its end
// above Montana, Data and the Queen went with her; the crew are stranded in 2063.
=== ending_scuttled ===
# ending-title: Three Hundred Years Early
# ending-hint: Give the ship up to save her crew, and find out what it means to have no way home.
A year to the day after the Phoenix flew, you go down into the silo with a shovel and a steel box. # scene: The silo, April 2064
It has been full of people all year: three floors of bunks under the Montana dirt, and a clinic in the old control room where Beverly sees anyone in the valley who comes. The settlement thinks you are refugees from the coast, handy with machines and very bad at farming.
You told them the rules the first night, on the ridge: no one tells what they know, no one builds what should not be built yet, no one goes near the visitors. Not one of them has broken it. {eng_cost == 2:Not one of the ones who are left.|}
{
- epi_lily.find or epi_lily.home: Lily runs the silo. You run the people. It was her idea, and her terms.
- else: Lily gave you the silo the second week, the way she would lend a man a wrench. She runs it. You run the people.
}
{eva_hawk ? hawk_alive:Sean Hawk flies the valley in a plane built out of two wrecks, looking at the sky. |}{sickbay_out ? tolland:Dov Tolland teaches the children to read.|} Worf has become a very good blacksmith. Geordi helps Cochrane with the next ship, but only with the parts history says Cochrane built himself. # pause
Beverly keeps her list in a school exercise book from the store in town, because the tricorders are going flat one by one and nobody will build a charger that ought not to exist yet. On the fifth of every month she reads it aloud in the old control room to whoever comes. Most months it is most of you. Nobody has ever had to be asked.
Some evenings you walk out along the ridge to the field where the pods came down. The wheat has grown back over the furrows they dug, and the farmer who owns it found a hatch there last autumn and hung it for a gate. You let him keep it. He asked you once what it came off, and you told him a boat, and he looked at you the way Montana looks at most things, and let it go.
{data_word:You promised Data, on Deck Sixteen, that you would come back for him. {eng_down.too_late:You came back as far as Deck Fifteen, and the count did not wait.|{eng_order.call.answer:This morning, when he called, you told him you were coming. Then you chose the pods, and the count.|You chose the pods instead, and the count.}} Some nights you say his name at the sky.|On the nights you cannot sleep you look at the place in the sky where the ship died, with Data in her. You said nothing to him on Deck Sixteen.{eng_order.call.answer and not eng_down.too_late: This morning you told him you were coming, and went to the pods.} You have said a great deal since.}
The box is for the inquiry. # pause
It holds your statement, made on a tricorder in a wheat field{epi_statement.all:, the voice and all of it|{epi_statement.facts:, in order and with times, and still without the voice: you have opened it twice this year to put the voice in, and closed it again both times|, beginning with the names}}; Beverly's list, {epi_number(epi_count())} names long; and a letter from every member of the crew who wanted to write one, which was all of them. The lid is marked for Starfleet Command, not to be opened before the fifth of April, 2373.
You bury it under the floor where the Phoenix stood, and Lily pours the concrete over it herself. # pause
She asks whether anyone will ever open it. You tell her about an unexplained box in the archive at Starfleet Command, marked for a date that has not come yet. Lily laughs until she has to sit down on the gantry steps.
You gave up the Enterprise so that her crew would live, and they will live the rest of their lives three hundred years from home. # recap
It cost {epi_number(epi_count())} names, and the ship, and {data_lost ? went_back:Data, who went back once for Lindqvist and {eng_down.too_late:whom you could not reach in time|whom you left to the count}|{eng_down.too_late:Data, whom you could not reach before the count ran out|Data, whom you left to the count}}. # recap
{pro_warned:Porter and Haddad are alive, and farm badly, and are happy.|Porter and Haddad were taken on Deck Sixteen the first night{eva_back.taken_one.carry:, and Haddad came back, a little at a time, and draws the valley|}.} {eva_hawk ? hawk_alive:Hawk flies the valley.|{eva_hawk ? hawk_taken:Hawk went up with the ship, one of her drones to the end.|{eva_locks_way.hawk_back.kill_hawk:Hawk you stopped with your own hands on the hull, once they had taken him.|Hawk was lost on the hull.}}} {sickbay_out ? tolland:Tolland teaches.|Tolland stayed behind on Deck Sixteen.} # recap
{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off or eva_way ? way_burned:
    {eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:You killed {mast_taken()} yourself at the mast. |}{eva_way ? way_burned:The backflash you sent down the feed burned Decks Twenty to Twenty-Six, forward, and the taken who were kept there.|} # recap
}
{eng_lily_word == 2:Lily Sloane reached you, the last morning, and she gave you her silo.|{eng_lily_word == 1:Lily Sloane told you the truth, and you did not answer, and she gave you her silo anyway.|Lily Sloane would not speak to you the last morning, and gave your people her silo all the same.}} # recap
{obsession >= 4:The hunt was in you to the end. It went up with the ship.|The voice went up with the ship. The quiet it left is a Montana quiet, full of wind.} # recap
The Phoenix flew, and the visitors came, and the Enterprise is a light that went out over Montana a year ago today. Under the floor of a silo, the inquiry waits for its century. # ending: ending_scuttled
-> END

// The ship saved the right way (the crew in the pods, Data alive, Lily's word
// heard), but Lily's trust in Picard never came back from the night before
// (lily_trust_picard 1 or less): she goes home, and the ending is hers.
=== ending_lily_home ===
# ending-title: Home to the Silo
# ending-hint: Save everything but her good opinion, and let the last word go to the woman who stays.
You don't watch the ship go. That's the first thing you decide, and you stick to it. # scene: The silo, April 2063
{epi_lily.home:You kept your eyes on the concrete while it went, and you didn't wave, and when you looked up there was nothing but stars.|You went home the long way, by the creek, and by the time you got there there was nothing up there but stars.} You couldn't have said which one had been his.
The next morning you start on the roof. # pause
You patch it with tar from the Army's old stores, off a ladder Zef swears is safe. It isn't. By the third day the rain stays outside, which is more than anybody from three hundred years up the road managed to fix for you.
That's the thing nobody tells you about the future: it needs a roof. Zef is famous by Tuesday. The visitors put up a tent by the road and want to know everything. Somebody has to feed them. It turns out to be you.
The visitors eat everything you put in front of them and thank you for each bowl separately, which gets old by Thursday and then, somehow, stops getting old. One of them asks what the silo was for. You tell her the truth: it was built to end the world, and now it's where you keep the soup. She writes that down, and asks how you make the soup.
Zef comes by most evenings, famous and hungover, and sits on your steps and doesn't talk about the flight. {cochrane_told == 2:Once he asks whether you think the captain knew what he was doing, all of it, the whole night. You say he always knew. That was the trouble with him.|Once he asks you who those people really were, the ones with the badges. You say salvage men, and let him think you're joking.}
{holo_route ? fought:At night you still hear the gun in the fake bar, and the barman going down. It's getting quieter. It isn't quiet.|{holo_route ? fiction and not holo_fiction.burn.saved:At night you still think about the fake bar, the band and the singer going up with the rest of it, and tell yourself they were never there.|At night you still think about the fake bar, the band and the singer, and wonder if they're still in there, playing to nobody.}}
{
- eng_lily_word == 2: You got through to him at the end. He heard you, with the Earth in the windows, and he said so. You'll give him that for the rest of your life.
- else: You told him the truth about himself, and he did the right thing after, and never said whether it was because of you.
}
But there was the night, too. {eva_way ? way_burned:He burned a part of his own ship with his own people in it, and he knew he was going to before he did it.|{eva_hands >= 1:Out on that dish he found out what he could do with his hands, and how easy it was for him, and you know it.|You saw his face when he talked about the ones who took him.}} You don't get to pick which parts you keep. # pause
In June the visitors ask Zef to build them another ship, and Zef asks you, and you say yes before he's finished asking. {cochrane_told == 2:He knows what he's going to be: the statue, the school, the whole thing. He told you once, very drunk, and never again.|{boz_silo.hero.let:He knows there's a statue in it somewhere, and a school; one of the badges told him, the night before the flight. He doesn't know what for. Neither do you.|He doesn't know what he's going to be. Neither do you.}}
On the first night of the new build you find a small gold badge in the dirt under the gantry, the kind they all wore. It's cold, and it doesn't work, and you don't know whose it was. {lily_trust_picard >= 1:You put it on the shelf over your bunk, with the picture of your mother and the Army's receipt for the generator you never paid for.|You hold it over the creek for a long time. Then you pocket it, because good metal is good metal, whoever it belonged to.}
The ship goes up three years later, with your welds in it and your name painted inside the hatch. You don't look up much, even then. You look at the ground, and the roof, and the people under it. # pause
The captain saved his ship and his crew and the future, and listened to you, in the end, in time. # recap
It cost {epi_number(epi_count())} of his people{eva_way ? way_burned:, eleven of them burned on the decks under the dish where the taken were kept|}. You never learned most of their names. You wish you had. # recap
{epi_data():{epi_landing.down:His android lives, with half his face burned down to the wiring; you saw it in the firelight.|His android lives, they told you. You never saw him again.}|} {eva_hawk ? hawk_alive:The kid from the conn lived. You were glad about that.|The kid from the conn didn't come back. You asked after him, once.} # recap
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
You are Deanna Troi, three hundred years from the bar where you met him, and you find it on the third day of your leave, because you are looking for it, and because the archivist is a Betazoid who feels your interest from across the reading room. It is one sheet of lined paper, folded in four, written in pencil in a hand that slopes downhill, and addressed to a woman in Saskatoon.
You remember a man going up into the pines in the night with his fear so loud it had gone quiet, and a choice you made in the dark: to let him go. Will did not like it. You held to it. He came out of the trees at twenty past six, and nobody had brought him. # pause
The letter is dated the sixth of April, 2063. He tells his sister that he flew. He tells her it was one minute and felt like a year and he'd do it again tomorrow, which is a lie, he says, but a good one. He tells her some people came afterwards from a long way off, very polite, and that he played them a record.
Then, halfway down the page, the handwriting changes: slower, pressed harder into the paper.
He tells her that the night before, somebody told him everything. What the flight would do. What he would be, after. He says he ran, because who wouldn't, and that he was running to her. He says that a woman with dark eyes followed him as far as the trees and then told the big man with her to let him go, and meant it, and that was what turned him round. Not the statues. Not the future. That somebody knew exactly what he was worth to them and let him walk away anyway, because it had to be his.
He says: so I came back, and I'll be whatever they say I'll be, but first I was somebody who nearly didn't come, and I want that to count for something. # pause
At the bottom, in a different pencil, added later: tell nobody about the woman.
You sit in the reading room with the letter in your hands, with the sun coming through the glass roof onto the empty place in the floor where the Phoenix stood. Every schoolchild knows that Zefram Cochrane told the Vulcans he nearly didn't come. Nobody has ever known why.
{epi_data():Data, when you tell him, asks whether you intend to correct the record. You tell him no. He thinks about that for some time, and says that he is not certain he understands, and that he is content, for once, not to be.|Will, when you tell him, says nothing for a while. Then he says that he wanted to stun him. He has thought about that a great deal.}
You give the letter back. You tell no one about the woman. # pause
Outside, the afternoon has gone gold over the plains, and a school party is being walked past the statue by a teacher who tells them, with great confidence, that Zefram Cochrane was never afraid of anything. You sit on the steps and listen to all of it. You do not correct her either.
On the surface you had Will tell Zefram Cochrane everything, and then, when he ran, you made Will let him go. # recap
He came back alone at first light, knowing what he would become, and chose it. {phoenix_fix == 0:He welded his own manifold.|{phoenix_fix == 1:Geordi and Reg welded his manifold by hand, and it rattled, and held.|The manifold that flew came from the Enterprise's replicators, and no history mentions it.}} # recap
Up on the ship the captain came through: the crew to the pods, Data {epi_data():alive|lost}, the Queen dead, and Lily Sloane's word heard in time. # recap
It cost {epi_number(epi_count())} names on Beverly's list{eva_way ? way_burned:, eleven of them from Decks Twenty to Twenty-Six, burned from the dish|}. {eva_hawk ? hawk_alive:Sean Hawk came home.|Sean Hawk did not come home.} # recap
Lily Sloane stood at Cochrane's elbow when the visitors came, with her chin up, as if she had arranged it. # recap
Zefram Cochrane told the first visitors to Earth that he nearly did not come, and the record still does not say who let him go. # ending: ending_cochranes_word
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
She comes to you across the grating and lays her hand along the side of your face, the way you would lay a hand on a horse you meant to keep.
"Let him go," you say. "You promised."
"I didn't," she says. "But I will." Data is simply released: the drones step back, the conduit at his spine withdraws, and the skin on his arm begins to grey and loosen, as if it had only been lent. # pause
"Captain," Data says. "Captain, no. I had not decided. I had not..." # speaker: Data
{eng_sd:"Go," you tell him. "There is a pod held on Deck Three." It is the last order you will ever give, and he obeys it, and at the door he looks back with the face you saw on Deck Sixteen.|"Go," you tell him. "Take the nine at the ladder. The transporters on Deck Four still answer to your codes." It is the last order you will ever give, and he obeys it, and the nine with him{not eng_worf:, Worf last}.}
She does it herself: her fingertips at the hinge of your jaw, and a coldness that spreads under the skin like ink in water. Six years ago you fought them for every nerve. Today you stand still, and the Collective comes into you as a tide comes over a flat beach, because there is nothing left on the sand to resist it. # pause
She was right. It is a relief. # pause
{eng_sd:Your own hand stops the self-destruct's count, with the codes she heard you say on the bridge.|There is no count to stop.} On the display a spark climbs out of Montana on a column of white, and neither of you gives the order to fire. # pause
"Let it fly," you say, and it is your voice and hers, the same voice now. "Let them come, and let the face that meets them be one they can trust." # speaker: Locutus
Somewhere under the tide one small thing of yours is still awake: {eng_reach == 0:{eng_lounge.no_one.send:a woman who would not come when you sent for her|a woman you did not send for}|a woman with a book she read four times}, a friend you sent away, a line of little ships behind glass. It turns them over like keys to a house it has sold, and sets them down. # pause
You feel the ship now as she feels it: every deck at once, the warmth climbing the corridors as the drones turn it to their liking, {eng_evac:the pods strewn down the sky to Montana like seed thrown over a furrow|the nine going up the ladder behind Data, and the pads on Deck Four warming for them}. You know where each of your people is. You know every one of their names the way you know your own hands, and it costs you nothing to know them, and that is how you understand that you are no longer the one who keeps the list. Beverly's list is in you somewhere now. So is Beverly. {eng_reach == 0:So is Lily, who never came to the lounge, and you cannot remember wanting her to.|So is Lily's book, all four readings of it, and the man with the harpoon, and you cannot remember why he mattered.}
Three hundred kilometres below, {eng_evac:among thirty empty pods|on the ridge above the silo}, Data stands with his borrowed skin falling from him in grey flakes, looking up at a ship that is not yours any more. {eng_evac:Beverly stands beside him. She does not ask.|{eng_worf:Worf, who went down with the wounded, stands beside him, breathing carefully, and says nothing.|Worf stands beside him, and says nothing.}}
Over Earth you let her in three times, and never pushed her out. # recap
{
- holo_route ? fought: On the holodeck you picked up a gun and enjoyed it, and she felt you enjoy it. # recap
- holo_fiction.burn.saved: On the holodeck you let one of her drones walk free to keep a room of make-believe people whole. It was the last thing you saved for its own sake. # recap
- holo_route ? fiction: On the holodeck you let a city burn to hold one of her drones still. # recap
- else: On the holodeck {holo_hide.pass.dance:a woman danced with you|a woman sat with you} while her drones walked past{holo_hide.tail.reach:, and held your wrist when you went after the last of them|}. It was the last time anyone held on to you. # recap
}
{
- eva_hawk ? hawk_taken: {eng_core.knows and not (eva_way ? way_voice):Sean Hawk, her gift from the dish, stepped out of an alcove by the core, looking at nothing, while you went to her.|{eng_down.hatch:Sean Hawk was one of the drones you walked past on Deck Thirteen, and he did not look at you.|Sean Hawk was somewhere among her drones when you went to her.}} # recap
- eva_hands >= 2 && not (eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off): {eva_locks_way.hawk_back.kill_hawk:On the dish, once they had taken him, you stopped Sean Hawk with your own hands. She treasured it.|On the dish you killed one of your own yourself. She treasured it. {eva_hawk ? hawk_alive:Sean Hawk came back in off the dish all the same, and went down to Montana without you.|Sean Hawk did not come back in off the hull.}} # recap
- eva_hawk ? hawk_lost: {eva_locks_way.hawk_back.call_worf:Sean Hawk lies on the dish where Worf laid him down, out of her reach, and yours.|Sean Hawk is lost between the ship and the Earth, and cannot see you.} # recap
- else: Sean Hawk came back in off the dish because of you, and went down to Montana without you. # recap
}
{eng_reach == 0:Lily Sloane never came to the observation lounge.|Lily Sloane came to the observation lounge, and you sent her out before she could finish.} # recap
{eng_evac:{eng_cost >= 1:Most of your crew are|Your crew are} alive in a field in Montana, watching their ship go round.|The nine who fought down to engineering were sent home by the man they came to save.} # recap
Beverly's list had {epi_number(epi_count())} names on it when it went into you{eva_way ? way_burned:, eleven of them from the decks you burned under the dish|}. {sickbay_out ? tolland:Dov Tolland's was not one of them; he got out of sickbay, and lives.|Dov Tolland's was one, from sickbay.} # recap
{pro_warned:Porter and Haddad are alive, because on the first night the voice told you what they were making of Deck Sixteen and you used it to pull them out. It was the last time it worked for you and not for her.|{eva_back.taken_one.carry:Porter was taken on the first night. Haddad you carried in off the dish, and she lives.|Porter and Haddad were taken on the first night, and nobody brought them back.}}{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off: {pro_warned:Ensign Abara, whom they took on Deck Fifteen,|Haddad} you killed yourself at the mast on the dish, and the Collective holds that memory from both sides now.|} # recap
Data is alive and himself, because you gave her yourself in his place. It is the last thing you did that was yours. # recap
Jean-Luc Picard, captain of the Enterprise, became Locutus again in main engineering on the fifth of April, 2063, and this time nobody had to take him. # ending: ending_queen
-> END

// Data's struggle was lost (no promise on Deck Sixteen, left behind fastest,
// nobody spoke to him after; eng_hold 0) and Picard came down armed for the
// Queen (eng_for_queen, the obsession at 5 or more): he ends his friend with her.
=== ending_data_taken ===
# ending-title: The Arrangement
# ending-hint: Leave a friend behind without a word, never speak to him after, and go down for her with a rifle instead of for him.
Three lights leave the ship and go down towards the spark. Data's hands do not move again.
The drone holding your arm turns its head to watch, and for a moment its grip is only a grip. # pause
You tear free and reach the rifle, and you do not aim at her. You aim at the coolant tank's housing, and fire twice, and it splits like ice on a river. # pause
The coolant comes out in a roaring white sheet over the targeting console, and far below three lights wobble, and spread, and go on past the spark into the black. # pause
The Queen turns to look at you as the white takes her, as if you had finally done something worth watching. "There you are," she says. Then she is not. # speaker: The Borg Queen
The drones go into the white. Only one figure still stands in it, waist-deep, the skin burning off him down to the circuitry, and he wades to the auxiliary console, and a new ring begins to close round the spark. # pause
"Data."
"She is gone," he says. "I still want what she offered. I had thought the wanting was hers. It is mine now." # speaker: Data
"{eng_data_scene.yield:In the night she breathed across my arm, and I let myself feel it. After that the counting was not enough.|In the night I filed her gift away, and believed that would be enough.} {data_word:On Deck Sixteen you said you would come back for me. I held on to it. You came back for her.|{data_lost ? went_back:I went back for Crewman Lindqvist against your order, and held on to that. It wore thin.|On Deck Sixteen you did not call to me. Hers was the only hand held out.}} {eng_order.call.silent:When I called up to you, you closed the channel. }{eng_core.enter.aim:When you came in, you raised the rifle before you said my name.|When you came in, you spoke to her first.}" # speaker: Data
You have known since {eng_evac:the weapons locker on Deck Three|the last junction above engineering} whom you would point the rifle at. You had thought it would be her. # pause
You fire once. # pause
He falls across the console, and the ring goes out, and far below, unhunted, the spark climbs on. # pause
You sit on the wet grating beside your friend a long time, and do not touch him. You no longer know what parts of him were his. # pause
The vent runs. The coolant boils off round you in a long white breath, and the room comes back a piece at a time: the rail she sat on, the alcoves, the empty ones and the ones that are not, the core pulsing blue over all of it as if nothing in the room were its business. His eyes are open. You think about closing them, and cannot decide whether he would have minded, and that is the worst of it: you never asked him anything like that, and now you never can.
{eng_evac:Outside the hull the last pods are still falling towards Montana in a line across the wheat, and nobody in them knows yet what their captain has done down here.|Up the ladder, where they scrambled ahead of the white when the drones let go of them, the nine who got down are waiting to be told whether to come in. You do not tell them anything. After a while they come in anyway.}
Whoever finds you will look at the rifle, then at Data, then at you. You try to think what you will say to them, and there is nothing, and you are still trying when the lights come up.
{data_lost ? rearguard:You left Data on Deck Sixteen to hold a door|{data_lost ? reached:Data was taken on Deck Sixteen pulling you free|Data went back for Lindqvist on Deck Sixteen against your order}}, and {data_word:your promise to come back was not enough to hold him|you did not call to him as they closed on him}. # recap
{eng_order.call.answer:When he called from engineering you answered, too late.|{eng_evac:When he called from engineering, you did not answer.|You brought twenty-six people down the tubes to him, and nine reached the bottom.}} {eng_core.enter.aim:You raised the rifle at her before you said a word to him.|You spoke to her first, not to him.} # recap
You came down with a rifle for her, and used it on him. # recap
{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:
    He is not the only one of your own you have killed. At the mast on the dish it was {pro_warned:Ensign Abara|Haddad}. # recap
}
{
- eng_evac: The crew watched from the pods as the green went out of their ship. # recap
- else: The crew who fought down the tubes found you on the grating, and did not ask. # recap
}
{
- eng_lily_word == 2: Lily Sloane told you to do the smart thing first. {eng_evac:You did, and then this.|You did not, and then you did this.} # recap
- eng_lily_word == 1: Lily Sloane told you what you were doing. You never answered her. # recap
- else: Nobody who could have reached you was there at the end. # recap
}
{eng_cost >= 1:
    It cost more lives this morning than it needed to. # recap
}
Beverly's list comes to {epi_number(epi_count())} names{eva_way ? way_burned:, eleven of them the taken who burned in their alcoves under the dish|}. Data's will be the next, and she will ask you what to write beside it. # recap
{pro_warned:Porter and Haddad are alive, because on the first night you cleared Deck Sixteen before anyone went into the tubes.|{eva_back.taken_one.carry:Porter went into the tubes on the first night, and the Collective kept him. Haddad you and Worf walked in off the dish between you, and she lives.|{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:Porter and Haddad went into the tubes on the first night. The Collective kept Porter; Haddad it kept until the mast.|Porter and Haddad went into the tubes on the first night, and the Collective kept them both.}}} {sickbay_out ? tolland:Dov Tolland climbed out of sickbay that night, and lives.|Dov Tolland never came out of sickbay.} # recap
{eva_hawk ? hawk_alive:Sean Hawk came back in off the dish, and lives.|{eva_hawk ? hawk_taken:Sean Hawk was one of her drones, and died with them when you flooded the core.|{eva_locks_way.hawk_back.kill_hawk:On the dish, once they had taken him, you stopped Sean Hawk with your own hands.|Sean Hawk never came back in from the dish.}}} # recap
The Phoenix flew, and nobody on the ground will ever know that a ship turned her guns on it. # recap
Lieutenant Commander Data, second officer of the Enterprise, accepted the Queen's gift and was ended by his captain, with the Phoenix still climbing. # ending: ending_data_taken
-> END

// Data's struggle was lost (eng_hold 0) and Picard came down for Data with
// nothing in his hands: nobody can stop the torpedoes, and Data fires true.
=== ending_phoenix_falls ===
# ending-title: Three Lights
# ending-hint: Leave a friend behind without a word, never speak to him after, and have nothing in your hands when it matters.
Three lights leave the ship and go down towards the spark.
There are drones on both your arms, and whatever you carried down is gone from your hands. It does not matter: what you came down to do for him was never something a weapon could do. # pause
The ring on the display holds the spark as steady as a hand. {eng_cb == 3:Somewhere in that spark is a man who came back out of the woods at first light because he had nowhere else he wanted to be.|Somewhere in that spark is a frightened man in a flight suit, with a bottle somewhere in the cabin, and a song.} # pause
There is a flash, very small and very white, high over Montana, and the column of smoke it climbed on begins to come apart in the wind. # pause
"There," the Queen says softly, like a woman who has finished a piece of embroidery. # speaker: The Borg Queen
Data takes his hands off the console, and you watch his face change for the first time since you came into the room, and wish, for the rest of your life, that you had not. # pause
"I wanted to know what it would be like," he says, to nobody, "to want something so much that I would do anything for it. Now I know." He looks at you. "It is not what I thought, sir." # speaker: Data
He turns, and puts his fist through the coolant tank's housing. # pause
The drones holding you come apart in the white, and you go up the core's ladder, because she does not try to stop you. She stands in the coolant with Data's arms round her, watching the smoke. She has what she came for. # pause
When you vent the room there is nothing left of her but spine and skull, and of Data's skin but ash. "I have done a thing that cannot be undone," he says. "I have been trying, for eleven seconds, to find a way in which it can. There is none." # speaker: Data
The ship is yours again. And over Montana there is no trace of a warp field tonight for anyone passing to see. # pause
You walk back to the bridge, because there is nowhere else to walk. The decks are quiet. The drones in the corridors have stopped where they stood, their lights gone out, and you pass them the way a man passes furniture in the dark, and you do not look at their faces, because some of them are faces you know. {eng_evac:The bridge is empty. Your crew are in a field of pods, and nobody has called them back up yet, because nobody can think of a reason to.|The bridge is full of people who fought down the tubes for it, and not one of them turns round when the lift doors open.} On the viewer Montana turns slowly into the dark. Somewhere under it, pieces of a rocket are coming down over the wheat, and a man's friends are going out in a truck with flashlights to look for them.
At the edge of a crater that was a missile silo, Will Riker stands with Deanna Troi and looks up at where the Enterprise goes round, and does not call. No one is coming. # scene: Bozeman, Montana
{data_lost ? rearguard:You left Data on Deck Sixteen to hold a door|{data_lost ? reached:Data was taken on Deck Sixteen pulling you free|Data went back for Lindqvist on Deck Sixteen against your order}}, and {data_word:your promise to come back was not enough to hold him|you did not call to him as they closed on him}. # recap
{eng_order.call.answer:When he called from engineering you answered, and it was not enough.|{eng_evac:When he called from engineering, you did not answer.|You brought twenty-six people down the tubes to him, and nine reached the bottom.}} {eng_core.enter.aim:You raised the rifle at her before you said a word to him.|You spoke to her first, not to him.} # recap
{eng_core.offer.give:You offered yourself in his place. She did not want you as a gift. She wanted him to choose.|You offered her nothing. She did not need anything from you.} # recap
{
- eng_evac: {eng_cost >= 1:Most of your crew are|Your crew are} alive, in a field of empty pods, under a sky with nothing coming. # recap
- else: Your crew fought down the tubes for a ship they have now, in a century that has no use for her. # recap
}
Data lives, with eleven seconds in him that he cannot undo. Beverly's list has {epi_number(epi_count())} names on it{eva_way ? way_burned:, eleven of them from the decks you burned under the dish|}; the man in the spark will never be on any list of yours. # recap
{pro_warned:Porter and Haddad lived.|{eva_back.taken_one.carry:Porter was taken the first night; Haddad you carried in off the dish, and she lived.|Porter and Haddad were taken the first night, and did not come back.}} {eva_hawk ? hawk_alive:Sean Hawk lived.|{eva_hawk ? hawk_taken:Sean Hawk was one of the drones that stopped where they stood when she died.|Sean Hawk did not come back in off the hull.}} {sickbay_out ? tolland:Dov Tolland lived.|Dov Tolland stayed behind on Deck Sixteen.} # recap
{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:
    You killed {pro_warned:Ensign Abara|Haddad} yourself at the mast on the dish. The future you went out there to keep came down over Montana in pieces. # recap
}
{eng_evac:Lily Sloane came down in a pod a few miles from the crater where her partner's rocket had been. She knew before anyone told her.|Lily Sloane heard it on Deck Four, on the channel, among the litters. She did not ask anyone to repeat it.} # recap
Zefram Cochrane died over Montana on the fifth of April, 2063, in the first warp flight Earth ever made, and nobody saw it who would have come. # ending: ending_phoenix_falls
-> END
