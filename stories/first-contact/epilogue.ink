// The epilogue (chapter 5): the fifth of April, 2063, from the hour after the
// flight to the night the visitors land. Chapter Four diverts here on every
// route that does not end in engineering. Picard is the player until the
// landing; Lily Sloane is the player for her last scene. The text reads every
// chapter's state; the last divert (epi_close) chooses the ending from state
// that was settled before the epilogue began, never from a choice made in it.
// The epilogue keeps no variables of its own: what the player chooses here is
// read back through the read counts of its labelled choices.

// Entry state: whole histories, each setting every variable the epilogue reads.
=== entry_epilogue ===
The morning after can follow more than one night. Which one?
* [The best of it: the voice kept out, everyone warned, Hawk home, Lily trusting him, Cochrane steady]
    ~ pro_listened = 0
    ~ pro_away = true
    ~ pro_warned = true
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = rearguard
    ~ data_word = true
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 1
    ~ lily_trust_picard = 3
    ~ holo_route = hid
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_locks
    ~ eva_worf_hurt = false
    ~ eva_hands = 0
    ~ cochrane_told = 1
    ~ cochrane_back = 0
    ~ cochrane_chose = false
    ~ phoenix_fix = 0
    ~ eng_outcome = out_first_contact
    ~ eng_scuttled = false
    ~ eng_data_lives = true
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_pod
    ~ eng_lily_word = 2
    ~ eng_cost = 0
    ~ eng_evac = true
    ~ eng_for_queen = false
* [Cochrane let go: told everything, he ran, and came back alone at first light]
    ~ pro_listened = 1
    ~ pro_away = false
    ~ pro_warned = true
    ~ sickbay_out = (ogawa, tolland)
    ~ crusher_hurt = true
    ~ crusher_hid = 1
    ~ data_lost = went_back
    ~ data_word = false
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 3
    ~ lily_trust_picard = 2
    ~ holo_route = fiction
    ~ eva_hawk = hawk_taken
    ~ eva_way = way_whole
    ~ eva_worf_hurt = true
    ~ eva_hands = 1
    ~ cochrane_told = 2
    ~ cochrane_back = 3
    ~ cochrane_chose = true
    ~ phoenix_fix = 1
    ~ eng_outcome = out_first_contact
    ~ eng_scuttled = false
    ~ eng_data_lives = true
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_pod
    ~ eng_lily_word = 1
    ~ eng_cost = 1
    ~ eng_evac = true
    ~ eng_for_queen = false
* [Lily unreached: the ship saved with the crew in the pods, but she never forgave the holodeck]
    ~ pro_listened = 1
    ~ pro_away = true
    ~ pro_warned = false
    ~ sickbay_out = (ogawa, patients)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = rearguard
    ~ data_word = true
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 4
    ~ lily_trust_picard = 1
    ~ holo_route = fought
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_locks
    ~ eva_worf_hurt = false
    ~ eva_hands = 1
    ~ cochrane_told = 0
    ~ cochrane_back = 2
    ~ cochrane_chose = false
    ~ phoenix_fix = 2
    ~ eng_outcome = out_first_contact
    ~ eng_scuttled = false
    ~ eng_data_lives = true
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_pod
    ~ eng_lily_word = 1
    ~ eng_cost = 0
    ~ eng_evac = true
    ~ eng_for_queen = false
* [The hunt won: no evacuation, the voice all the way in, Hawk lost, the forward decks burned]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ sickbay_out = (ogawa)
    ~ crusher_hurt = true
    ~ crusher_hid = 2
    ~ data_lost = reached
    ~ data_word = false
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 6
    ~ lily_trust_picard = 0
    ~ holo_route = fought
    ~ eva_hawk = hawk_lost
    ~ eva_way = way_burned
    ~ eva_worf_hurt = true
    ~ eva_hands = 2
    ~ cochrane_told = 1
    ~ cochrane_back = 2
    ~ cochrane_chose = false
    ~ phoenix_fix = 2
    ~ eng_outcome = out_hollow
    ~ eng_scuttled = false
    ~ eng_data_lives = true
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_aboard
    ~ eng_lily_word = 0
    ~ eng_cost = 2
    ~ eng_evac = false
    ~ eng_for_queen = false
* [The ship given up: the crew in the pods, the count run out, Data gone with her]
    ~ pro_listened = 1
    ~ pro_away = true
    ~ pro_warned = true
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ crusher_hurt = true
    ~ crusher_hid = 0
    ~ data_lost = went_back
    ~ data_word = true
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 3
    ~ lily_trust_picard = 2
    ~ holo_route = hid
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_voice
    ~ eva_worf_hurt = false
    ~ eva_hands = 0
    ~ cochrane_told = 1
    ~ cochrane_back = 1
    ~ cochrane_chose = false
    ~ phoenix_fix = 0
    ~ eng_outcome = out_scuttled
    ~ eng_scuttled = true
    ~ eng_data_lives = false
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_pod
    ~ eng_lily_word = 2
    ~ eng_cost = 1
    ~ eng_evac = true
    ~ eng_for_queen = false
* [The ship given up, bitterly: Lily silent, Hawk taken, Cochrane stunned]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ sickbay_out = (ogawa, patients)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = reached
    ~ data_word = false
    ~ data_settle()
    ~ carry_settle()
    ~ obsession = 4
    ~ lily_trust_picard = 1
    ~ holo_route = fought
    ~ eva_hawk = hawk_taken
    ~ eva_way = way_whole
    ~ eva_worf_hurt = true
    ~ eva_hands = 1
    ~ cochrane_told = 0
    ~ cochrane_back = 2
    ~ cochrane_chose = false
    ~ phoenix_fix = 1
    ~ eng_outcome = out_scuttled
    ~ eng_scuttled = true
    ~ eng_data_lives = false
    ~ eng_queen_dead = true
    ~ eng_lily_where = lily_pod
    ~ eng_lily_word = 0
    ~ eng_cost = 2
    ~ eng_evac = true
    ~ eng_for_queen = false
- -> epilogue

// ---------------------------------------------------------------------------
// Functions for the epilogue.

// How many names are on Beverly's list of the lost by evening: the crew the
// Borg took before anyone knew they were aboard, and then everyone the night
// cost, chapter by chapter.
=== function epi_count() ===
~ temp n = 17
{not pro_warned:
    ~ n = n + 2
}
{not (sickbay_out ? tolland):
    ~ n = n + 1
}
{not (sickbay_out ? patients):
    ~ n = n + 3
}
{not (eva_hawk ? hawk_alive):
    ~ n = n + 1
}
{eva_way ? way_burned:
    ~ n = n + 11
}
{eng_cost == 1:
    ~ n = n + 5
}
{eng_cost == 2:
    ~ n = n + 26
}
~ return n

// A number as words, for prose: 1 to 99.
=== function epi_number(n) ===
~ temp u = n % 10
{
- n < 20: ~ return epi_small(n)
- u == 0: ~ return epi_tens(n / 10)
- else: ~ return epi_tens(n / 10) + "-" + epi_small(u)
}

=== function epi_tens(t) ===
{
- t == 2: ~ return "twenty"
- t == 3: ~ return "thirty"
- t == 4: ~ return "forty"
- t == 5: ~ return "fifty"
- t == 6: ~ return "sixty"
- t == 7: ~ return "seventy"
- t == 8: ~ return "eighty"
- else: ~ return "ninety"
}

=== function epi_small(n) ===
{
- n == 1: ~ return "one"
- n == 2: ~ return "two"
- n == 3: ~ return "three"
- n == 4: ~ return "four"
- n == 5: ~ return "five"
- n == 6: ~ return "six"
- n == 7: ~ return "seven"
- n == 8: ~ return "eight"
- n == 9: ~ return "nine"
- n == 10: ~ return "ten"
- n == 11: ~ return "eleven"
- n == 12: ~ return "twelve"
- n == 13: ~ return "thirteen"
- n == 14: ~ return "fourteen"
- n == 15: ~ return "fifteen"
- n == 16: ~ return "sixteen"
- n == 17: ~ return "seventeen"
- n == 18: ~ return "eighteen"
- else: ~ return "nineteen"
}

// The ship came home whole (false), or is gone (true): settled in epi_settle.
=== function epi_lost_ship() ===
~ return epi_lost

// Data is alive and aboard: settled in epi_settle.
=== function epi_data() ===
~ return epi_data_here

// Lily came down in a pod (true) or stayed aboard with Picard (false).
=== function epi_lily_pod() ===
~ return epi_lost or not (eng_lily_where ? lily_aboard)

// Everything the epilogue's choices and its last divert test, settled once from
// the chapters' state as it opens. Chapter Four's handover says whether the ship
// was lost; a route that left eng_outcome unset falls back on its plain flags.
// The ending: the ship lost; the ship won by the hunt (or, with no handover, an
// obsession at 5 or more); Lily's trust never came back (1 or less); the
// interlude told Cochrane everything and let him run, and he came back alone
// (cochrane_chose); otherwise first contact.
=== function epi_settle() ===
~ epi_lost = eng_outcome ? out_scuttled or eng_scuttled
~ epi_data_here = eng_data_lives and not epi_lost
{
- epi_lost: ~ epi_end = end_scuttled
- eng_outcome ? out_hollow: ~ epi_end = end_hollow
- not (eng_outcome ? out_first_contact) and obsession >= 5: ~ epi_end = end_hollow
- lily_trust_picard <= 1: ~ epi_end = end_lily_home
- cochrane_chose: ~ epi_end = end_cochrane
- else: ~ epi_end = end_first_contact
}

// ---------------------------------------------------------------------------
// The hour after the flight.
=== epilogue ===
~ chapter = 5
~ epi_settle()
{epi_lost:
    -> epi_field
- else:
    -> epi_ship
}

// The ship retaken: Picard on a bridge that smells of coolant and burnt cable.
=== epi_ship ===
The Enterprise is yours again at eleven minutes past eleven in the morning, ship's time and Montana's, and nobody on the bridge says so. # chapter: Epilogue — The Fifth of April # theme: ship # scene: USS Enterprise, the bridge
The green light has gone out of the consoles one panel at a time, the way frost goes off a window. Where the drones fixed their conduits to the bulkheads the metal is scarred and weeping a clear fluid that Beverly has asked everyone not to touch. The air is still too warm. Somebody has propped open the doors to the observation lounge, as if that would help.
{
- eng_queen_dead: Down in engineering the deck is still white with frost where the coolant lay, and what is left of the Queen is {eng_flight.after.break:in two pieces, side by side, where you put them down|a spine and a skull by the core, its lights all out}. When she died, every drone in the ship died with her, wherever it stood, mid-step, mid-reach, as if a single wire had been cut. Nobody has yet been able to make themselves clear them away.
- else: Down in engineering the deck is still white with frost where the coolant lay. The drones in the ship died where they stood an hour ago, all together, as if a wire had been cut.
}
{epi_data():Data is in engineering. He asked to stay there, among the empty shells of the drones, and you let him. The skin she gave him in the night is gone, burned away in the coolant when he took her down, and his arm and neck and the side of his face are bare to the circuitry. He has not asked Beverly to repair them. He has not asked her anything.|Data's station at ops is empty. You keep looking at it.}
{eng_lily_where ? lily_aboard:Lily Sloane is sitting on the step below the captain's chair, where no one has told her she cannot sit, with a cut on her forearm from the tubes that she will not let anyone dress. She has hardly looked at you since the morning.|The thirty pods that went down this morning are strung across forty kilometres of Montana, and their beacons are coming up on Worf's board one by one, like stars at dusk. Lily Sloane went down in one of them.}
{
- eng_cost == 2: The corridors between here and the turbolifts are full of your own people, sitting with their backs to the walls, too tired to go anywhere else. They fought for the ship deck by deck, the way you asked them to. Not all of them are sitting up.
- eng_cost == 1: Most of the crew are in the pods' landing grounds, or coming up from them by transporter, one small party at a time. Not all of the pods came down where they were meant to. One launched late.
- else: The crew are coming back up from the ground by transporter, a dozen at a time, blinking in the bad air, and every one of them is a person who went down this morning and is coming back.
}
-> epi_flight

// The ship gone: Picard in a Montana field, with the pods.
=== epi_field ===
The Enterprise died a little before eleven in the morning, two hundred kilometres above Montana, and you watched her do it through the port of the last pod. Now the pod lies on its side in a field of winter wheat, with its hatch open to the sky. # chapter: Epilogue — The Fifth of April # scene: A field near Bozeman
From the ground they saw it too: a second sun low in the east, white, then nothing, and a long time afterwards a sound like a door closing somewhere in the sky. The people who came down in the other pods did not cheer and did not weep. Most of them simply sat down in the wheat.
{eng_queen_dead:The Queen went with her. So did every drone aboard, and everything they had made of your ship in a night, the alcoves and the green light and the hum. You felt the hum go out. It was like a tooth stopping aching: you did not notice it had been there until it was not.|Whatever was aboard went with her.}
{eng_down.too_late:Data went with her too. {data_lost ? went_back:He went back once for Crewman Lindqvist, against your order, and this morning you went down for him and could not get there before the count ran out.|You went down for him, and got as far as Deck Fifteen, and the count did not wait.}|Data went with her too. You chose the pods, and the count, and you did not go down for him. {data_lost ? went_back:He went back once for Crewman Lindqvist, against your order. Nobody went back for him.|}}
{
- eng_lily_word == 0: Lily Sloane came down in a pod four fields away. She has not come over. You did not expect her to.
- else: Lily Sloane came down in a pod four fields away, and walked over through the wheat, and is sitting a little way off from you with her knees drawn up, watching the place in the sky where your ship was.
}
{
- eng_cost == 2: The thirty pods are strung across forty kilometres of wheat and scrub, and there are fewer people in them than there should be. Worf has walked the whole line and counted twice, and the count came out the same both times.
- eng_cost == 1: The thirty pods are strung across forty kilometres of wheat and scrub. Not everyone who should be in them is. Worf has walked the whole line and counted twice.
- else: The thirty pods are strung across forty kilometres of wheat and scrub, and every one of them is answering. Worf has walked the whole line of them and counted the people in each twice.
}
You are three hundred years from home, with the clothes you stand up in and a tricorder, and there is no ship. # pause
-> epi_flight

// The flight, as it reached the captain: he was in engineering while it flew.
=== epi_flight ===
{epi_lost_ship():
    The Phoenix went up a minute after the Enterprise died. You saw her from the pod's little port as you fell: a thread of white climbing out of the hills to the north, very straight, very thin, going up while everything else you had was coming down. # scene: A field near Bozeman
- else:
    You saw the Phoenix fly as a spark with a tail on the display over the warp core, with the Queen beside you watching it too, and three torpedoes going down to meet it. That is all you saw. What it was like from inside her, you learn now, from the people who were there. # scene: USS Enterprise, the bridge
}
{
- cochrane_back == 0: Deanna tells it over the channel, all of it, because she knows you will want it. Cochrane walked out to the silo at dawn on his own feet with La Forge on one side of him and Riker on the other and no bottle, and when he put his hand on the ladder it was perfectly steady. "He looked at his hand," she says. "As if he'd never seen it do that."
- cochrane_back == 1: Deanna tells it over the channel. Cochrane stopped at the foot of the ladder and turned round and looked for her in the crowd of engineers, and said something to her, very quietly, about the pines and the dark and a burned-out house. "He said I was the first person who ever came after him without a plan," she says. "I'm choosing to take it as a compliment."
- cochrane_back == 2: Deanna tells it over the channel, and you can hear Riker laughing somewhere behind her. Cochrane climbed to the hatch with his hand to the side of his head where the stun had left him a headache, and turned round at the top, and told Will that if anyone shot at him today he would at least like it to be the Borg for a change.
- else: Deanna tells it over the channel. Cochrane came out of the pines at twenty past six with his collar up and his hands in his pockets, and walked past all of them to the ladder without a word, and went up. "He came back because he wanted to," she says. "I want you to know that, Captain. Nobody brought him."
}
{pro_away:You stood under her yesterday in the silo, with your hand on her cold flank and Geordi's lamp on her belly, and you know every rivet of the place where the manifold went.|You never stood under her. You have seen her in museums all your life, behind glass, and once, this morning, as a spark.}
{cochrane_told == 2:He knew what the flight would make of him, every word of it, and he flew anyway.|{cochrane_told == 1:He knew that somebody would hear him. He did not know who.|He knew almost nothing, and he flew anyway.}} {boz_woods.talk && bozeman.bar.pace:Deanna does not mention her ankle. Will does.|}
{
- phoenix_fix == 0: The intake seam held. It was his own weld, laid down at three in the morning with the only steady hands he had had in a week, and Geordi, in the seat behind him, says that when the booster fell away Cochrane reached down and patted the manifold housing twice, the way a man pats a horse.
- phoenix_fix == 1: At the booster stage the hand-laid seam on the intake began to rattle. Geordi heard it through the hull and through his own spine, and for nine seconds, he says, nobody in the cockpit spoke, and Cochrane hit the panel with the flat of his hand, and the rattle stopped, and nobody will ever know whether that is why.
- else: The manifold that flew was one of yours, cut by the Enterprise's replicators in the middle of the night and beamed down through the Borg's own fields. It held perfectly. Geordi watched its telemetry the whole way up, knowing that no history will ever mention it, and he tells you that he is not sure how he feels about that.
}
{epi_lost_ship():A little after eleven the whole sky over the hills flickered once, very faintly, like a dropped stitch, and the people in the wheat looked up without knowing why.|At one minute past eleven every sensor on the Enterprise that still worked registered a warp signature inside the orbit of the Moon, small and ragged and perfectly real.} One minute at warp. Out past the Moon and back. Somewhere much farther away than that, something has heard it, and has turned.
-> epi_afternoon

// The afternoon: time for one of three things before the statement.
=== epi_afternoon ===
{epi_lost_ship():The sun climbs. Riker's voice comes over a badge from the silo: the Phoenix is down on her parachutes in the breaks east of the river, as she was always going to be, and Cochrane's truck is going out for her with half the settlement in the back. There is nothing for you to command. There is the rest of the day.|The afternoon comes in through the viewer, the Earth turning under you with the long scar of the war on it and the hills of Montana just rolling into the light. There is a great deal to do and almost none of it needs you. That is Beverly's doing, and Worf's, and you let them.} # pause
* (count) [Go to Beverly, and her list]
    -> epi_count_scene
* (data) {epi_data_here} [Go down to engineering, where Data is]
    -> epi_data_scene
* (gone) {not epi_data_here} [Go where Data ought to be]
    -> epi_data_gone
* (lily) [Find Lily]
    -> epi_lily_find

= done
-> epi_statement

=== epi_count_scene ===
{epi_lost_ship():Beverly has set up in the lee of a pod, on a foil blanket, with a tricorder and a padd and a queue of people who do not need her and have come anyway.|Beverly has Deck Eleven, still: the crew lounge with its chairs pushed to the walls, and the wounded in rows, and a padd in her hand that she has not put down since dawn.} # scene: {epi_lost_ship():The pods|Deck Eleven}
She is counting. She counts the way other people pray. {crusher_hid >= 1:When she reaches up to push her hair back, her sleeve falls to the elbow and you see the grey lines under the skin of her wrist, faded now. {eng_bridge.vote.sleeve:You turned that wrist to the light on the bridge, in front of everyone. She has not quite forgiven you, and she lets you look.|She sees you see them. "Later," she says. "I'll tell you all of it later. I've told Ogawa already. She was not pleased."}|}
"There are {epi_number(epi_count())}," she says, before you ask. "By tonight it will still be {epi_number(epi_count())}, unless somebody walks in out of the fields. That's everyone I can't find." # speaker: Beverly Crusher
You make her read them. She does not want to, and you make her, gently, because you are going to need to know them, and because you will not have the list read to you later by a stranger at a table.
{pro_warned:Not Lieutenant Porter; not Ensign Haddad. You pulled them off Deck Sixteen before anyone went into the tubes. Haddad is in the corner with her sketchbook, drawing the wounded because it is the only thing she can do with her hands.|Lieutenant Paul Porter. Ensign Yusra Haddad, three weeks aboard; her sketchbook was found on the third rung of a Jefferies tube, and Beverly has it, and does not know who to give it to.}
{
- sickbay_out ? tolland && sickbay_out ? patients: Not Dov Tolland, who is sitting up against a bulkhead labelling the medical kits in a small tired voice; not Park or Adebayo or Teo Halloran, who came up the tube on litters and harnesses. Beverly says the name Mira Voss once, and stops, and does not explain, and you do not ask.
- sickbay_out ? tolland: Not Dov Tolland, who is labelling the medical kits in a small tired voice. But Park, and Adebayo, and the others who could not walk: they were left to the hologram on Deck Sixteen. Beverly says Mira Voss's name last, and carefully, as if it might break.
- sickbay_out ? patients: The wounded from sickbay came up the tube on litters and harnesses, every one who could be carried. Dov Tolland did not. He stayed to hold a hatch, or to save a stranger, and he is on the list, twenty-four years old.
- else: Dov Tolland, twenty-four. Park. Adebayo. The patients who could not walk, left to a hologram reading out their names on Deck Sixteen. Alyssa Ogawa came out of sickbay alone, and has not stopped working since.
}
{
- eva_hawk ? hawk_alive: Not Sean Hawk. He came back in through the airlock, and he is asleep on the deck under a table with his boots still on.
- eva_hawk ? hawk_taken: Lieutenant Sean Hawk, who went out on the hull with you. When the Queen died he fell where he stood, like all of them, somewhere below. They have not found him yet.
- else: Lieutenant Sean Hawk, who went out on the hull with you and did not come back in.
}
{eva_way ? way_burned:And eleven names from Decks Twenty to Twenty-Six, forward, where the drones kept the ones they took, and where the backflash from the beacon went through the alcoves like a hand through paper.|}
{eva_back.taken_one.carry:Ensign {eva_taken()} is not on the list. She is on a biobed behind a screen, with the metal still at her temple and her eyes open, and twice this afternoon she has said a word that Beverly thinks was her own name. "I don't know," Beverly says, before you can ask. "I don't know yet. I'm trying."|}
{data_lost ? went_back:Crewman Lindqvist is not on it. Data went back for her.|}
{
- eng_cost == 2: And then the long part: twenty-six names from this morning, from the Jefferies tubes the crew held with their bodies because you would not let them go to the pods. Beverly reads those in a different voice.
- eng_cost == 1: And five from this morning: {engineering.report.hold_line:four of Worf's people from the Deck Eight junction at dawn, and one from the pod deck|the ones on the pod deck, when the Queen knew you were coming}. Beverly reads those quickly, as if they were still happening.
- else: Nothing from this morning. Nobody since the pods. She looks up when she says it, to be sure you heard.
}
{pro_battle.pro_cube.arms:You add one of your own, which is not on her list because it is not her ship's: Captain Rhee, and the Yeager, over Earth, three hundred years from now. She writes it down without a word.|}
-> epi_afternoon.done

=== epi_data_scene ===
Engineering is cold. The coolant frosted every surface before it was vented, and the shells of the drones lie on the grating in it like branches after an ice storm, where they fell. # scene: USS Enterprise, main engineering
Data is sitting on the step below the warp core, where she died. Half of his face is his own, pale gold and perfectly smooth, and the other half is bare to the circuitry, scorched along the jaw where the skin she grew on him burned away in the coolant. He touches the place where it was when he thinks no one is looking. He is touching it now.
"Captain." He does not get up. That is new. "I have been searching my logs for the moment I decided to refuse her." # speaker: Data
You wait. He has never needed help to finish a sentence.
"I cannot find it." He looks at his hand on the deck plate. "Every other decision I have made is recorded, with its reasons. This one is not there. I refused her, and I do not know when, or why, and I find that I am afraid of the gap. I wanted to tell you myself, before you read it."
{
- data_word: "You told me you would come back," he says. "On Deck Sixteen, when they took me. I kept the codes. I kept that as well. I do not think she understood what it was. I am not certain I do." # speaker: Data
- data_lost ? went_back: "I disobeyed you on Deck Sixteen," he says, "to go back for Crewman Lindqvist. I have been waiting all night to be told that I should not have. I would like to know now, if you have decided." # speaker: Data
- else: "Nobody said anything to me, when they took me," he says, without reproach. "I found that I noticed. I did not expect to notice." # speaker: Data
}
* (skin) [Ask him if he misses it]
    He considers it for longer than he considered the Queen. "Yes," he says. "For eleven hours I knew what the air in this room felt like. I would like to know what rain feels like. There is a forecast for rain in Bozeman tonight, and I no longer have anything to feel it with." It is the most human thing you have ever heard him say, and he says it to the floor.
* (stay) [Sit down beside him and say nothing]
    You sit down on the frozen step beside him, and the cold comes up through your uniform, and neither of you says anything for some minutes. Then he says that he is glad you came, and then that he does not know whether gladness is the correct word, and then that he has decided it will do.
- {data_lost ? went_back:"You were right to go back for her," you tell him, as you get up. "I'd have ordered it, if I'd had the courage." He takes that in, and files it somewhere, and you watch him do it.}
-> epi_afternoon.done

=== epi_data_gone ===
{epi_lost_ship():
    Nobody can go where Data is. So you walk north, out of the wheat, to the top of the low ridge where you can see the sky over the place the ship was. # scene: The ridge above the fields
    There is nothing in it. A contrail from the Phoenix's booster, long since spread into a pale smear. A hawk. The ordinary blue of an ordinary April. He is in that, somewhere: every atom of him that was not burned, coming down over Montana in a dust too fine for any instrument you have left. # pause
- else:
    Engineering is cold, and the coolant has frosted every surface, and the drones stand in it where they stopped. The place at the foot of the warp core where Data should be is empty. # scene: USS Enterprise, main engineering
}
{
- data_word: You promised him you would come back. You told him so on Deck Sixteen, with the drones closing over him, and he answered that he would keep the codes until you did. He kept them. {eng_down.too_late:You came back, as far as Deck Fifteen. It was not enough, and it was not in time, and you do not know yet whether it counts as a promise kept.|You did not come back. You chose the pods and the count instead, and it was the right choice, and he would have told you so, and you do not know yet how you will live with it.}
- data_lost ? went_back: He went back once for Crewman Lindqvist, against your order. This morning, when it was your turn, {eng_down.too_late:you could not get there|you did not go}. Lindqvist is alive in one of the pods. You make yourself think about that.
- else: When they took him on Deck Sixteen, nobody said anything to him. You have had all night to think of what you might have said.
}
* (word) [Say something to him anyway]
    You say his name, out loud, to nobody. Then you tell him the thing you never told him in eleven years, which is that you counted on him more than on anyone, and that it was not because he could not feel. It was because he tried to. The wind takes most of it. That is all right. It was for him.
* (walk) [Walk back down to your people]
    You do not say anything. He would have pointed out, precisely and kindly, that there was no one to hear it. You walk back down to your people, because they are the ones who can still hear you, and because he would have told you that, too.
- -> epi_afternoon.done

=== epi_lily_find ===
{
- eng_lily_where ? lily_aboard and not epi_lost_ship():
    She is still on the step below your chair. You sit down on it beside her, which nobody has ever seen you do, and the bridge crew find urgent things to look at. # scene: USS Enterprise, the bridge
- epi_lost_ship():
    You walk over through the wheat. {eng_lily_word == 0:She sees you coming and does not get up, and does not leave either.|She watches you come the whole way.} # scene: A field near Bozeman
- else:
    Worf finds her pod's beacon for you in a gully eight kilometres from the silo, and you beam down alone. She is sitting on the open hatch of the pod with her boots off, eating something out of a ration pack with her fingers. # scene: A gully near Bozeman
}
{
- eng_lily_word == 2: "There he is," she says. "Captain Ahab, home from the sea." Then, because she is Lily, and because she meant the rest of what she said to you this morning, she moves over and makes room.
- eng_lily_word == 1: "I meant it," she says, before you can say anything. "What I said to you. I'm not taking it back just because you did the right thing in the end." She does not move away, though.
- else: She does not say anything. She looks at you for a long moment as if to see whether you are still the man she left, and whatever she sees, she keeps it to herself.
}
{
- holo_route ? fought: "I keep hearing that gun," she says. "The one in the club. I close my eyes and there it is." {lily_trust_picard >= 2:She lets out a breath. "It's getting quieter."|She does not say whether it is getting any quieter.}
- holo_route ? fiction: "Your fake bar," she says. "The singer, and the cops, and the man with the violin case. I keep thinking about them. Are they still in there, waiting for somebody to come back?"
- holo_hide.pass.dance: "Everybody I met last night was either a ghost or a machine or a man from three hundred years from now," she says, "and the only one who danced with me was you. Don't let it go to your head."
- else: "Everybody I met last night was either a ghost or a machine or a man from three hundred years from now," she says, "and the only one who sat still with me while one of them walked past was you. Don't let it go to your head."
}
* (tell) [Tell her the truth about this morning]
    You tell her what it was like down there, with the Queen. Not all of it. More than you have told anyone. {obsession >= 5:You hear, as you tell it, how much of it you enjoyed, and so does she.|You hear, as you tell it, how close it was, and so does she.} {lily_trust_picard >= 2:She puts her hand on your wrist the way she did once before, and leaves it there.|She listens, and does not touch you, and does not leave.}
* (ask) [Ask her what she'll do now]
    "Go home," she says. "Whatever's left of it. Fix the roof. Help Zef drink the money." She looks at the sky. "{cochrane_told == 2:He knows, you know. What he's going to be. Your people told him. I don't think he's worked out yet whether it's the best thing that ever happened to him or the worst.|I don't know what he's going to be now. I don't think he does either.}" # speaker: Lily
- -> epi_afternoon.done

// The inquiry the prologue promised: Picard's statement, made while it is fresh.
=== epi_statement ===
{epi_lost_ship():
    Late in the afternoon you sit down on the step of a pod with Worf's tricorder, because it is the only recorder you have left, and begin your statement for the inquiry. # scene: The pods
    {prologue.pro_bridge.speech:You promised the bridge an inquiry, over Earth, before any of this. You told them the name on it would be yours.|You never promised the bridge an inquiry aloud, over Earth, but every one of them knew there would be one, and whose name would be on it.} There will be no board now, not for three hundred years; there may never be one. You make the statement anyway, the way it ought to be made, for whoever in Starfleet first finds it. You owe them the form. You owe your people the record.
- else:
    Late in the afternoon you go into your ready room, which the Borg never reached, and sit down at the desk, and begin your statement for the inquiry. # scene: The ready room
    {prologue.pro_bridge.speech:You promised the bridge one, over Earth, before any of this|You owe the bridge one, though you never promised it aloud}: that the Enterprise had left her station on your authority, and that when it was over there would be an inquiry with your name on it and nobody else's. It is over. {prologue.pro_bridge.speech:You said it in front of all of them. You meant it.|Everyone knew it without being told.} The room is very quiet. The fish in the tank are all alive, which seems to you, for a moment, unbearable.
}
The facts are easy. You left the Romulan border against orders. You took the fleet. You broke the cube and followed the sphere into the past and destroyed it, and in the minute it took to lower your shields for the transporters, the drones came across. {pro_battle.pro_cube.arms:The Yeager held her position because you had told her to, and did not come home.|}
It is the rest that is hard.
* (all) [Tell them everything, the voice included]
    You tell them about the voice. {
    - pro_listened == 2: That over Earth you did not only let it in, you spoke to it, and it answered, and Counsellor Troi heard you say "we".
    - pro_listened == 1: That over Earth you let it point the way, and it was right, and you were glad.
    - else: That it was there, all the way from the Romulan border, and you held it off{pro_battle.pro_cube.arms:, and that holding it off cost the Yeager a minute she did not have|, and that holding it off was the hardest thing you did all night}.
    } You tell them what it was like to hear it again on Deck Sixteen, and in the holodeck, and in engineering, where it had a face.
    {obsession >= 5:And you tell them the part you would most like to leave out: that you wanted it. That somewhere in the night, the hunt stopped being a duty and became a pleasure, and that the people around you saw it before you did.|{obsession >= 3:And you tell them that it came closer than you would have believed, and that at least once tonight a civilian from the twenty-first century saw it in your face before you did.|And you tell them that you were lucky, and that you had help, and that luck and help are not a method anyone should rely on.}}
    You read it back. It is the statement of a man who should perhaps not command a starship. You leave it as it is.
* (facts) [Give them the facts, and keep the voice to yourself]
    You give them the facts, in order, with times. The voice is not a fact. It is not on any sensor; no one else heard it; you cannot prove it, and a board cannot weigh what it cannot see.
    {pro_listened >= 1:You know, as you write, that Deanna will be asked, and that she will not lie for you. You write it anyway. Let them ask her.|You held it off. There is nothing to report but the holding, and it is not the sort of thing a board can use.}
    {obsession >= 5:It reads very well. It is the account of a captain who made hard choices under impossible conditions and was vindicated by events. It is true in every sentence. You look at it for a long time.|It reads like what it is: a true account with one room left locked. You will have to live with the locked room. You have lived with worse.}
* (names) [Begin with the names]
    You begin with the names. Not the ship, not the orders, not the voice: the people. {pro_warned:Abara, taken on Deck Fifteen.|Porter and Haddad, who went into the tube on Deck Sixteen because you did not act on what you heard.} {not (eva_hawk ? hawk_alive):Sean Hawk, who went out on the hull because you chose him. }{not (sickbay_out ? tolland):Dov Tolland. }{not (sickbay_out ? patients):Park, Adebayo, Voss: the patients who could not walk. }{eng_cost >= 1:The ones from this morning. }{not epi_data():{data_lost ? went_back:Data, who went back.|Data.}}
    By the time you have written all {epi_number(epi_count())} of them, in the order Beverly gave them to you, the rest of the statement is easy, because you know now who it is for. It is not for the admirals.
- {epi_lost_ship():You seal the tricorder's record and mark it for Starfleet Command, and put it inside your jacket, next to the place where the old ache used to be.|You seal the record and send it to the log, where it will wait three hundred years, or a week, depending on how you count.} # pause
-> epi_landing

// Nightfall at Bozeman: the visitors land. Who is there to see it.
=== epi_landing ===
At dusk the settlement lights its fires in oil drums along the road, the way it does every night, and people come out of the huts and the bar and stand about in the cold in twos and threes because Zefram Cochrane came back from the sky today and said that something was coming, and nobody quite believes him, and nobody wants to miss it. # scene: Bozeman, nightfall
{epi_lost_ship():Your people cannot be there. Seven hundred strangers in ragged uniforms would be the first thing the visitors saw of Earth, and that is not the history you came back to keep.|The Enterprise is a bright star among the others over Montana, and one or two people in the crowd have noticed it, and are pointing.}
* (ridge) {epi_lost} [Keep everyone on the ridge, out of sight]
    So they wait on the ridge above the settlement, lying in the pines in the last of the light, seven hundred of them, as quiet as a ship at night. Worf has posted sentries. Nobody needs telling twice. # scene: The ridge above Bozeman
* (crowd) {epi_lost} [Go down among the settlers yourself]
    You borrow a coat from a man in the settlement who asks no questions, because he has been asking no questions since the war, and you go down alone and stand at the back of the crowd by the oil drums like any other stranger. Worf holds the ridge. He does not approve. He says so once. # scene: Bozeman, the road
* (down) {not epi_lost} [Beam down to watch from the trees]
    You beam down to the edge of the pines above the road, {epi_data():with Data, who asked to come,|alone,} {eng_lily_where ? lily_aboard:an hour after Lily went down ahead of you, |}and find Riker and Troi and Geordi already there in their borrowed coats, a little apart from the crowd, like relatives at a wedding who have not been introduced. # scene: Bozeman, the road
* (orbit) {not epi_lost} [Watch it from the bridge]
    You stay aboard. Somebody ought to have the conn when they come, and you are not sure that it ought to be your face among the ones they see. You watch it on the main viewer, magnified from orbit, with the sound coming up through Deanna's badge. # scene: USS Enterprise, the bridge
- The ship comes down out of the north with no sound at all at first, then a low note like a bow drawn across a cello, felt more than heard. It is not beautiful the way your ships are beautiful. It is old-fashioned, even to the people of 2063, heavy and ribbed and deliberate, and it sets down on its landing legs in the trampled field beside the road as carefully as a heron.
The fires in the drums lean away from it. A child starts to cry and is hushed. Nobody runs. {cochrane_told >= 1:Somebody at the back, who has heard Cochrane talking in the bar, says "told you" to nobody in particular.|Somebody at the back says a word that was a prayer once, before the war.}
The ramp comes down. There is light inside, ordinary yellow light. Three figures come down into the firelight in long robes, and the one in front lifts a hood back from a grave, pointed, patient face and looks at the crowd of humans in the mud the way a doctor looks at a patient who has, against every expectation, survived the night.
{
- cochrane_told == 2: Cochrane goes forward first. He knows what the history books will say about this minute, every word, because Will told him in the bar; he has known it all day, and you watched it weigh on him. {epi_landing_near():You are close enough to see his face, and it is a man putting something down.|Through Deanna's badge you hear him breathe out.} He does not say the words he knows he will be said to have said. He says his own, which are shorter, and worse, and entirely his.
- cochrane_told == 1: Cochrane goes forward first, because it is his field and his flight and his fault. He has been rehearsing a greeting all day, under his breath, in the bar and on the road and in the cockpit on the way down; Lily has heard it eleven times. When the visitor stops in front of him, every word of it goes out of his head, and he stands there with his hand out and his mouth open, and then laughs at himself, and that, it turns out, is a greeting too.
- else: Cochrane goes forward first, because people are pushing him. Nobody told him who was coming; Will said only that someone wanted his rocket on the ground and someone else would want it in the air. Now he stands in the firelight looking up at a man with pointed ears, and you watch real astonishment go across his face like weather, and then you watch him turn round, slowly, and find Riker and Troi at the back of the crowd, and look at them in a way that says: you knew.
}
{cochrane_back == 3:And before anything else, before his name, before he has even got his hand back down, he tells the visitor that he nearly didn't come. That he ran into the woods last night and was let go, and came back on his own at first light. The Vulcan considers this for a moment, gravely, and inclines his head, as if it were the most sensible thing anyone on Earth has said to him yet.|{cochrane_back == 2:He is still rubbing the side of his head where Will's stun caught him last night. When the visitor lifts a hand in the old greeting, fingers parted, Cochrane tries to copy it, gets it wrong, tries again with the other hand, and gets it nearly right.|The visitor lifts a hand in a greeting none of them has seen, fingers parted in a shape that is hard to make, and Cochrane looks at it, and tries it himself, and gets it nearly right the first time, and grins like a boy.}}
{
- epi_landing_near() and epi_data(): Beside you, Data watches the whole of it without blinking, which is not new, with a borrowed scarf wound over the scorched side of his face, and his hand resting on it, which is.
- epi_data(): Data is on the bridge beside you, at ops, where he belongs. He has put every sensor he has on the field and is watching none of them. He is watching the faces.
- else: Data would have known the visitors' ship class and the year it was built and the thickness of its hull. You find that you are supplying the figures to yourself in his voice, and getting them wrong.
}
{
- epi_lily_pod() and lily_trust_picard >= 2: Lily is at the front of the crowd, at Cochrane's elbow, in a clean shirt, with her arms folded and her chin up, as if she had personally arranged the whole thing and would be sending them an invoice.
- epi_lily_pod(): Lily is there, at the edge of the firelight, a little apart from everyone, the way she stood in the doorway of your holodeck. She watches the visitors. She does not look up at the sky once.
- lily_trust_picard >= 2: Lily went down an hour ago, and she is at Cochrane's elbow, in a clean shirt, with her chin up.
- else: Lily went down an hour ago without saying goodbye to anyone, and she is at the back of the crowd, alone, with her hands in her pockets.
}
Then somebody in the bar puts a record on, loud, and the visitors turn their heads towards the noise with grave interest, and Cochrane takes the first of them by the sleeve and leads him in out of the cold. # pause
-> epi_lily

// Picard is near enough at the landing to see faces (on the road, or in the crowd).
=== function epi_landing_near() ===
~ return epi_landing.down or epi_landing.crowd

// Lily's last scene. She is the player now: the one who stays.
=== epi_lily ===
You are Lily Sloane, and it is a long time after midnight, and you have had exactly one drink, which is one more than you meant to and about nine fewer than Zef. # scene: Outside the bar, Bozeman
Inside, the visitors are sitting very upright at the table by the jukebox with glasses of something in front of them that they have not touched, listening to the music with the faces of people hearing a language they intend to learn properly. Zef is explaining it to them. Loudly. With his hands.
You came out for air. The air is cold and smells of woodsmoke and the burnt-sugar stink of the Phoenix's fuel, which is still on your hands and in your hair, and which you realise, with a kind of shock, you are going to miss.
{
- epi_lost_ship(): Up on the ridge, seven hundred people from three hundred years from now are lying in the pines with no ship and no way home, and tomorrow they are going to need to eat. You keep doing the sum. You can't help it. It's what you do.
- eng_lily_word == 2: Up there, among the stars, one of them isn't a star. It's going home tonight. He said he would come down and say goodbye before it did, and you believe him, which is new.
- eng_lily_word == 1: Up there, among the stars, one of them isn't a star. It's going home tonight. You said your piece to him this morning, the truth, the whole of it, and he didn't answer, and you don't know yet whether that's because he had no answer or because he had one and was keeping it.
- else: Up there, among the stars, one of them isn't a star. It's going home tonight. You haven't spoken to him since engineering, and you don't intend to.
}
{
- holo_route ? fought and lily_trust_picard <= 1: You think about the bar with the band and the barman, the fake one, and the noise that gun made, and the look on his face while he made it. You think about it a lot.
- holo_route ? fought: You think about the fake bar and the noise that gun made. You think, too, about what he looked like afterwards, when he heard himself. That part you'd have missed, if you'd walked out.
- lily_trust_picard >= 2: You think about the window. The whole Earth, in one piece from up there, the war too small to see. He showed you that when he didn't have to.
- else: You think about the window. You think about the tube, and the gun in your hands, and how long it took him to get it out of them.
}
* (go_home) [Go home to the silo]
    -> home
* (go_find) [Go and find him]
    -> find
* (go_inside) [Go back inside, to Zef and the visitors]
    -> inside

= home
You walk. It's three miles to the silo by the road and two by the creek, and you take the creek, because you've taken it every night for six years and your feet know it in the dark. # scene: The silo
{epi_lost_ship():
    Halfway there you stop, and turn round, and look up at the ridge where the pines are darker than the dark. Then you go back up the hill instead, straight to the one standing in front of all the others, and tell him there's a silo with three floors underground, a generator Zef stole from the Army, a water tank, and room for a lot of people if they don't mind bunks, and that it isn't charity, they'll be working for it. You tell him he can be in charge of the people. You're in charge of the silo.
    {eng_lily_word >= 1:He says yes before you've finished. You find you'd counted on that.|He looks at you for a long time before he says yes. You'd have done the same.}
- else:
    The silo is black and quiet and smells of fuel and hot metal, and the gantry is bent where the Borg's shots hit it, and the hole in the middle where the Phoenix stood is empty, and it's the emptiest thing you've ever seen and the best. You sit down on the edge of it with your legs hanging over.
    {eng_lily_word == 2:You decided this afternoon that you wouldn't wave. You'll be able to see the ship go from here, if it goes the way it came. You wait for it anyway, to not wave at.|{eng_lily_word == 1:You don't look up. Then you do.|You don't look up. You're pretty sure you don't.}}
}
-> close

= find
{
- epi_lost_ship():
    He's at the top of the ridge, where you knew he would be, standing a little apart from his people the way he stands apart from everybody. # scene: The ridge above Bozeman
    "No ship," you say. "No way home." # speaker: Lily
    "No," he says. "None." He says it very simply, the way he'd give a heading. # speaker: Picard
    "Then you'd better come and look at my silo," you tell him. "Three floors underground. A generator Zef stole from the Army. Bunks, if your people don't mind bunks. It isn't charity. They'll work." {eng_lily_word >= 1:He laughs, properly, for the first time since you've known him, and says they don't mind bunks.|He doesn't laugh. He thanks you, formally, as if you'd given him a ship. In a way you have.}
- epi_landing.orbit:
    Deanna gives you her badge without being asked, and shows you where to press, and goes back inside so you can do it alone. He answers on the first call. He was waiting, you realise. He was waiting for anybody. # scene: Outside the bar, Bozeman
    {eng_lily_word == 2:You hold him to the ride he promised you, the one with the window. He says it will have to wait three hundred years. You tell him you've waited for worse things than that, and that he'd better not be late.|{lily_trust_picard >= 2:You tell him he should have come down. He agrees. Neither of you says anything for a while, and it isn't a bad while.|You tell him you just wanted to be sure he was really going. He says he is. You say good, and you mean about half of it, and he knows which half.}}
- else:
    He's under the pines above the road, with his people, and they melt off among the trees when they see you coming, the big one with the beard last of all, grinning. # scene: The road above Bozeman
    {
    - eng_lily_word == 2: You hold him to the ride he promised you, the one with the window. He says it will have to wait three hundred years. You tell him you've waited for worse things than that, and that he'd better not be late, and then you kiss him, once, because nobody's watching, and because somebody ought to, before he goes.
    - eng_lily_word == 1: You stand in front of him and say you meant it, all of it, what you said this morning. He says he knows. He says you were right. Then he says thank you, which you were not expecting, and you find you have nothing to say to that at all, and you shake his hand like a man selling you a truck.
    - else: You don't know why you came. He doesn't ask. You stand there in the cold, the two of you, and watch the bar's light on the road. In the end you tell him to look after his people, because somebody has to and he's what they've got. He says he'll try. You believe about half of it.
    }
}
-> close

= inside
You go back in. The music is loud and the room is hot and Zef has his arm round one of the visitors, who is allowing it with immense dignity. # scene: The bar, Bozeman
{cochrane_back == 3:He sees you and waves you over and tells the whole table, again, that he nearly didn't come this morning. He tells it every time someone new sits down. You think maybe he's going to tell it for the rest of his life.|{cochrane_told == 2:He sees you and lifts his glass, and for a second, across the room, his face isn't drunk at all. He knows what they're going to make of him. He's decided to have tonight first.|He sees you and lifts his glass, and shouts that you built half of it, which is a lie, you built more than half, and the visitors turn to look at you with grave interest.}}
You sit down beside the youngest-looking of them, who is probably eighty, and explain the jukebox. It takes a long time. He asks excellent questions. {epi_lost_ship():You don't think about the ridge, and the seven hundred people on it, for almost a whole hour.|You don't look out of the window once, at the sky, for almost a whole hour.} # pause
-> close

= close
-> epi_close

// The last divert: the ending settled as the epilogue opened (epi_settle), from
// the state every chapter left, never from a choice made in the epilogue.
=== epi_close ===
{
- epi_end ? end_scuttled: -> ending_scuttled
- epi_end ? end_hollow: -> ending_hollow_victory
- epi_end ? end_lily_home: -> ending_lily_home
- epi_end ? end_cochrane: -> ending_cochranes_word
- else: -> ending_first_contact
}
