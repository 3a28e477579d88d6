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
    ~ assault_order = fire_first
    ~ obsession = 1
    ~ carry_settle()
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
    ~ assault_order = fire_first
    ~ obsession = 3
    ~ carry_settle()
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
    ~ assault_order = bring_back
    ~ obsession = 4
    ~ carry_settle()
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
    ~ assault_order = fire_first
    ~ obsession = 6
    ~ carry_settle()
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
    ~ assault_order = fire_first
    ~ obsession = 3
    ~ carry_settle()
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
    ~ assault_order = ()
    ~ obsession = 4
    ~ carry_settle()
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
    ~ eng_cost = 0
    ~ eng_evac = true
    ~ eng_for_queen = false
- -> epilogue

// ---------------------------------------------------------------------------
// Functions for the epilogue.

// How many names are on Beverly's list of the lost by evening. Seventeen on
// every route, read as a group: the security teams lost on Deck Sixteen in the
// first hour, and the eleven dead of the night (Worf's count at dawn). Then
// everyone else the night cost, chapter by chapter, each named in
// epi_count_scene and in the statement's names (epi_statement.names). Data is
// not counted: the list gives him a page of his own.
=== function epi_count() ===
~ temp n = 17
// The prologue and the dish: Porter and Haddad, unless warned off Deck Sixteen
// (Haddad not, if carried back in off the hull); warned, the crewman the
// Collective walked to the mast was Abara, lost unless carried back in.
{pro_warned:
    {not eva_back.taken_one.carry:
        ~ n = n + 1
    }
- else:
    ~ n = n + 2
    {eva_back.taken_one.carry:
        ~ n = n - 1
    }
}
// Chapter One: Tolland, and the patients left to the hologram.
{not (sickbay_out ? tolland):
    ~ n = n + 1
}
~ n = n + epi_sickbay_left()
// Chapter Two: Ensign Marr, touched at the doors of engineering, unless the
// order was to fire first.
{not (assault_order ? fire_first):
    ~ n = n + 1
}
// Chapter Three: Hawk, and the burned forward decks.
{not (eva_hawk ? hawk_alive):
    ~ n = n + 1
}
{eva_way ? way_burned:
    ~ n = n + 11
}
// Chapter Four.
~ n = n + epi_morning()
~ return n

// The patients Chapter One left to the hologram: all eight when Crusher ran
// with Lily and the staff alone (Voss, Park, Adebayo, Halloran and four who
// could have walked); Voss, Park and Adebayo when the walkers went with her;
// Voss alone when the rest were moved and she was not carried; nobody when she was.
=== function epi_sickbay_left() ===
{
- not (sickbay_out ? patients): ~ return 8
- sickbay_run: ~ return 3
- sickbay_hold.carry_voss: ~ return 0
- else: ~ return 1
}

// This morning's dead (Chapter Four), as the chapter showed them: four of
// Worf's people at the Deck Eight junction if Picard held it at dawn; five on
// the pod deck if he answered Data's call (epi_pod_deck); seventeen in the
// tubes on the stand.
=== function epi_morning() ===
~ temp m = 0
{engineering.report.hold_line:
    ~ m = m + 4
}
{epi_pod_deck():
    ~ m = m + 5
}
{eng_cost == 2:
    ~ m = m + 17
}
~ return m

// The pod deck lost people: Picard answered Data's call and the Queen knew when
// he was coming. An entry preset that sets the cost to 1 without playing the
// chapter stands for that history.
=== function epi_pod_deck() ===
~ return eng_cost == 1 and (eng_order.call.answer or not engineering.report.hold_line)

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
- not (eng_outcome ? out_first_contact) and carried_dark >= 2: ~ epi_end = end_hollow
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
The Enterprise is yours again at eleven minutes past eleven in the morning, and {eng_evac:there is nobody on the bridge to say so|nobody on the bridge says so}. # chapter: Epilogue — The Fifth of April # theme: ship # scene: USS Enterprise, the bridge
{
- eng_queen_dead: Down in engineering, what is left of the Queen is {eng_flight.after.break:in two pieces, side by side, where you put them down|a spine and a skull by the core}. When she died every drone in the ship died with her, mid-step, as if a wire had been cut. Nobody has yet made themselves clear them away.
- else: The drones in the ship died where they stood an hour ago, all together, as if a wire had been cut.
}
{epi_data():Data is in engineering, among the empty shells of the drones. The skin she gave him burned away in the coolant, and the side of his face is bare to the circuitry. He has not asked Beverly to repair it.|Data's station at ops is empty. You keep looking at it.}
{eng_lily_where ? lily_aboard:Lily Sloane is sitting on the step below the captain's chair, with a cut on her forearm from the morning that she will not let anyone dress. She has hardly looked at you since the morning.|The thirty pods are strung across forty kilometres of Montana, their beacons coming up on Worf's board one by one. Lily Sloane went down in one of them.}
{
- eng_cost == 2: The corridors are full of your own people, sitting with their backs to the walls. They fought for the ship deck by deck, the way you asked them to. Not all of them are sitting up.
- eng_cost == 1 and epi_pod_deck(): The crew are coming back up from the pods by transporter, a small party at a time. Not everyone who was meant to be in a pod reached one: for the last ten minutes there were drones in the launch corridor on Deck Three.{engineering.report.hold_line: And four never came down to the pods at all; they held the Deck Eight junction at dawn, because you told them to.}
- eng_cost == 1: The crew are coming back up by transporter, a dozen at a time, from pods that all came down where they should. The four you are missing never reached the pods; they held the Deck Eight junction at dawn, because you told them to.
- else: The crew are coming back up by transporter, a dozen at a time, blinking in the bad air, every one of them a person who went down this morning and is coming back.
}
-> epi_flight

// The ship gone: Picard in a Montana field, with the pods.
=== epi_field ===
The Enterprise died a little before eleven in the morning, above Montana, and you watched her do it through the port of the last pod. Now the pod lies on its side in a field of winter wheat. # chapter: Epilogue — The Fifth of April # scene: A field near Bozeman
From the ground she was a second sun low in the east, then nothing. Most of the people from the other pods simply sat down in the wheat.
{eng_queen_dead:The Queen went with her, and every drone aboard, and the hum. You felt it go out, like a tooth that stops aching.|Whatever was aboard went with her.}
{eng_down.too_late:Data went with her too. {data_lost ? went_back:He went back once for Crewman Lindqvist, against your order; this morning you went down for him and could not get there before the count ran out.|You went down for him, as far as Deck Fifteen, and the count did not wait.}|Data went with her too. You chose the pods and the count, and did not go down for him. {data_lost ? went_back:He went back once for Crewman Lindqvist. Nobody went back for him.|}}
{
- eng_lily_word == 0: Lily Sloane came down in a pod four fields away. She has not come over.
- else: Lily Sloane came down four fields away, and walked over through the wheat, and sits a little way off with her knees drawn up, watching the place in the sky where your ship was.
}
{
- eng_cost == 2: Worf has walked the line of thirty pods, forty kilometres of wheat and scrub, and counted twice. There are fewer people than there should be.
- eng_cost == 1 and epi_pod_deck(): Worf has walked the line of thirty pods, forty kilometres of wheat and scrub, and counted twice. Not everyone who should be in them is.
- eng_cost == 1: Worf has walked the line of thirty pods, forty kilometres of wheat and scrub, and counted twice. Every one of them is answering. The four he does not count were never in them: they held the Deck Eight junction at dawn.
- else: Worf has walked the line of thirty pods, forty kilometres of wheat and scrub, and counted twice. Every one of them is answering.
}
You are three hundred years from home, with the clothes you stand up in and a tricorder, and there is no ship. # pause
-> epi_flight

// The flight, as it reached the captain: he was in engineering while it flew.
=== epi_flight ===
{epi_lost_ship():
    The Phoenix went up a minute after the Enterprise died: from the pod's port you saw a thread of white climbing out of the hills, going up while everything you had was coming down. # scene: A field near Bozeman
- else:
    You saw the Phoenix fly as a spark on the display over the core, with the Queen beside you. The rest you learn now. # scene: USS Enterprise, the bridge
}
{
- cochrane_back == 0: Deanna tells it over the channel. Cochrane went no further than the fence all night, and at ten he climbed the gantry between La Forge and Riker with no bottle; when he put his hand on the hatch it was perfectly steady. "He looked at his hand," she says, "as if he'd never seen it do that."
- cochrane_back == 1: Deanna tells it over the channel. At the foot of the ladder Cochrane turned, found her in the crowd, and said something quietly about the pines and a burned-out house. "He said I was the first person who ever came after him without a plan," she says. "I'm taking it as a compliment."
- cochrane_back == 2: Deanna tells it over the channel, with Riker laughing behind her. Cochrane climbed to the hatch with a hand to his head where the stun had left him a headache, and told Will that if anyone shot at him today he'd like it to be whoever bombed his silo, for a change, and not his friends.
- else: Deanna tells it over the channel. The man who walked out of the pines at twenty past six went up the gantry at ten without waiting for anyone to walk him there, and at the hatch he looked down, found her, and nodded once, as if the two of them had an arrangement. "He came back because he wanted to," she says. "Nobody brought him."
}
{pro_away:You stood under the Phoenix yesterday, in her concrete well that smelled of diesel, and were nine years old for a minute.|You never stood under the Phoenix. You have seen her all your life behind museum glass.}
{cochrane_told == 2:He knew what the flight would make of him, every word, and he flew anyway.|{cochrane_told == 1:He knew that somebody would hear him. He did not know who.|He knew almost nothing, and he flew anyway.}} {boz_woods.talk && bozeman.bar.pace:Deanna does not mention her ankle. Will does.|}
{
- phoenix_fix == 0: The intake seam held: his own weld, laid at three in the morning with the only steady hands he'd had in a week. Geordi says that when the booster fell away Cochrane patted the manifold housing twice, the way a man pats a horse.
- phoenix_fix == 1: At the booster stage the hand-laid seam began to rattle, and for nine seconds nobody in the cockpit spoke; then Cochrane hit the panel with the flat of his hand and the rattle stopped. Nobody will ever know whether that is why.
- else: The manifold that flew was cut by the Enterprise's replicators in the night and beamed down through the Borg's own fields. It held perfectly. No history will ever mention it, and Geordi is not sure how he feels about that.
}
{epi_lost_ship():A little after eleven the sky over the hills flickered once, like a dropped stitch.|At one minute past eleven every sensor still working on the Enterprise registered a warp signature inside the orbit of the Moon, small and ragged and real.} One minute at warp. Somewhere much farther away, something has heard it, and has turned.
-> epi_afternoon

// The afternoon: time for one of three things before the statement.
=== epi_afternoon ===
{epi_lost_ship():Riker's voice comes over a badge: the Phoenix is down on her parachutes in the breaks east of the river, and Cochrane's truck is going out for her. There is nothing for you to command, and the rest of the day.|There is a great deal to do, and Beverly and Worf have seen to it that almost none of it needs you.} # pause
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
{epi_lost_ship():Beverly has set up in the lee of a pod with a tricorder and a padd.|{eng_evac:Beverly has come back up with the last of her wounded to the forward lounges on Deck Four, where they lay this morning, and has a padd she has not put down since dawn.|Beverly has the forward lounges on Deck Four still, the wounded in rows under the windows, and a padd she has not put down since dawn.}} # scene: {epi_lost_ship():The pods|Deck Four, the forward lounges}
She is counting. {crusher_hid >= 1:When she pushes her hair back, her sleeve falls and you see the grey lines under the skin of her wrist, faded now. {eng_bridge.vote.sleeve:You turned that wrist to the light on the bridge, in front of everyone. She has not quite forgiven you.|She sees you see them. "Later," she says. "I've told Ogawa. She was not pleased."}|}
"There are {epi_number(epi_count())}," she says, before you ask. "That's everyone I can't find." # speaker: Beverly Crusher
You make her read them, gently, because you will not have them read to you later by a stranger at a table.
The first seventeen she reads quickly, in the order the night took them: the security teams lost on Deck Sixteen in the first hour, and the eleven Worf counted dead between midnight and dawn.
{pro_warned:Not Porter; not Haddad. You pulled them off Deck Sixteen in time, and Haddad is {epi_lost_ship():sitting in the wheat, drawing the pods|in the corner, drawing{eng_evac: the empty rows| the wounded}}.|Lieutenant Paul Porter.{not eva_back.taken_one.carry: Ensign Yusra Haddad, three weeks aboard; her sketchbook was found on the third rung of a Jefferies tube, and Beverly does not know who to give it to.}}
{
- sickbay_out ? patients && sickbay_run: {sickbay_out ? tolland:Not Dov Tolland, who is labelling the medical kits in a small tired voice.|Dov Tolland, twenty-four.} Not Teo Halloran, who walked out on his own. But Park and Adebayo on their beds, and Mira Voss in her stabilizer, left to the hologram on Deck Sixteen. Beverly says their names carefully.
- sickbay_out ? tolland && sickbay_out ? patients: Not Dov Tolland, who is labelling the medical kits in a small tired voice; not Park or Adebayo or Teo Halloran. {sickbay_hold.carry_voss:Not Mira Voss, who came up the shaft on a spinal board{sickbay_hold.haul_all: and has not yet felt her feet; that goes on another list}.|Beverly says the name Mira Voss once, and stops.}
- sickbay_out ? tolland: Not Dov Tolland. But Park, and Adebayo, and Teo Halloran, and four more who could have walked if she had waited for them, all left to the hologram on Deck Sixteen. Beverly says Mira Voss's name last, carefully.
- sickbay_out ? patients: The wounded from sickbay came up the tube, every one who could be carried. Dov Tolland did not. He is on the list, twenty-four years old.{not sickbay_hold.carry_voss: So is Mira Voss, who could not be carried at all.}
- else: Dov Tolland, twenty-four. Park. Adebayo. Mira Voss. Teo Halloran, and four more who could have walked, all left to a hologram reading out their names. Alyssa Ogawa came out of sickbay alone.
}
{not (assault_order ? fire_first):Ensign Marr, who came up from Deck Sixteen with two cold marks at his neck. Beverly carried him up the ship with her wounded, deck by deck, and does not say what he was by the end.}
{
- eva_hawk ? hawk_alive: Not Sean Hawk, who is asleep under a table with his boots still on.
- eva_hawk ? hawk_taken: Lieutenant Sean Hawk. {epi_lost:He went with the ship, among the drones, wherever he was standing.|When the Queen died he fell where he stood, somewhere below, and they carried him up before noon.}
- else: Lieutenant Sean Hawk, who went out on the hull with you and did not come back in.
}
{eva_way ? way_burned:And eleven names from Decks Twenty to Twenty-Six, forward, where the drones kept the ones they took, and where the backflash from the beacon went through the alcoves like a hand through paper.|}
{not eva_back.taken_one.carry:
    {
    - eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off: {pro_warned:Ensign Abara is on it. }You tell Beverly how {mast_taken()} died at the mast, and that it was you, and she writes that beside the name.
    - pro_warned and eva_locks_way.hawk_turn and eva_dish.rim.mark: Ensign Abara is on it. Worf shot her at the mast, on your order, when she turned on Hawk.
    - pro_warned and eva_way ? way_burned: Ensign Abara is on it. She was at the foot of the mast when you fired with the feed live.
    - pro_warned and eva_way ? way_whole: Ensign Abara is on it. She was by the base of the mast when the shot took the beacon, and closing the feed first spared every deck but the ones standing there.
    - pro_warned: Ensign Abara is on it, taken on Deck Fifteen in the night. Whatever was left of her never came back in off the hull.
    }
}
{eva_back.taken_one.carry:Ensign {mast_taken()} is not on the list. She is on a biobed behind a screen, the metal still at her temple, and twice today she has said a word that might be her own name. "I don't know yet," Beverly says. "I'm trying."|}
{data_lost ? went_back:Crewman Lindqvist is not on it. Data went back for her.|}
{
- eng_cost == 2 and engineering.report.hold_line: Then twenty-one names from this morning: four from the Deck Eight junction at dawn, and seventeen from the Jefferies tubes the crew held because you would not let them go to the pods. Beverly reads those in a different voice.
- eng_cost == 2: Then seventeen names from this morning, from the Jefferies tubes the crew held because you would not let them go to the pods. Beverly reads those in a different voice.
- eng_cost == 1 and engineering.report.hold_line and epi_pod_deck(): And nine from this morning: four of Worf's people from the Deck Eight junction, and five from the pod deck, when the Queen knew you were coming.
- eng_cost == 1 and engineering.report.hold_line: And four from this morning, all of them Worf's people, from the Deck Eight junction you would not give up. The pod deck cost nobody.
- eng_cost == 1: And five from this morning: the ones on the pod deck, when the Queen knew you were coming.
- else: Nothing from this morning. She looks up when she says it, to be sure you heard.
}
{not epi_data_here:Data is not on it. "I didn't know which list he belonged on," Beverly says, "so he has a page to himself."}
{pro_battle.pro_cube.arms:You add one of your own: Captain Rhee, and the Yeager, over Earth. She writes it down without a word.|}
-> epi_afternoon.done

=== epi_data_scene ===
Engineering is cold. The shells of the drones lie on the frosted grating like branches after an ice storm. # scene: USS Enterprise, main engineering
Data is sitting on the step below the warp core, where she died. Half his face is his own; the other half is bare to the circuitry, scorched where her skin burned away. He touches the place when he thinks no one is looking.
"Captain." He does not get up. That is new. "I have been searching my logs for the moment I decided to refuse her. Every other decision I have made is recorded, with its reasons. This one is not there, and I find that I am afraid of the gap." # speaker: Data
{
- data_word: "You told me you would come back," he says. "On Deck Sixteen. I kept the codes. I kept that as well. I do not think she understood what it was." # speaker: Data
- data_lost ? went_back: "I disobeyed you on Deck Sixteen," he says, "to go back for Crewman Lindqvist. I have been waiting all night to be told whether I should have." # speaker: Data
- else: "Nobody said anything to me, when they took me," he says, without reproach. "I found that I noticed." # speaker: Data
}
* (skin) [Ask him if he misses it]
    "Yes," he says, after longer than he took over the Queen. "For nine hours I knew what the air in this room felt like. There is rain forecast in Bozeman tonight, and I no longer have anything to feel it with." He says it to the floor.
* (stay) [Sit down beside him and say nothing]
    You sit down on the frozen step beside him, and neither of you says anything for some minutes. Then he says that he is glad you came, and that he does not know whether gladness is the correct word, and that it will do.
- {data_lost ? went_back:"You were right to go back for her," you tell him, as you get up. "I'd have ordered it, if I'd had the courage." He files that somewhere, and you watch him do it.}
-> epi_afternoon.done

=== epi_data_gone ===
{epi_lost_ship():
    Nobody can go where Data is. You walk to the top of the low ridge, where you can see the sky where the ship was. # scene: The ridge above the fields
    There is nothing in it: the Phoenix's contrail spread to a smear, a hawk, an ordinary April blue. He is in that somewhere, coming down over Montana as a dust too fine for any instrument you have left. # pause
- else:
    Engineering is cold, and the drones stand in the frost where they stopped. The place at the foot of the warp core where Data should be is empty. # scene: USS Enterprise, main engineering
}
{
- data_word: You promised him on Deck Sixteen that you would come back, and he said he would keep the codes until you did. He kept them. {eng_down.too_late:You came back as far as Deck Fifteen. It was not in time, and you do not know whether it counts as a promise kept.|You did not come back. You chose the pods and the count, and it was the right choice, and he would have told you so.}
- data_lost ? went_back: He went back once for Crewman Lindqvist, against your order. This morning, when it was your turn, {eng_down.too_late:you could not get there|you did not go}. Lindqvist is alive in one of the pods. You make yourself think about that.
- else: When they took him on Deck Sixteen, nobody said anything to him. You have had all night to think of what you might have said.
}
* (word) [Say something to him anyway]
    You say his name out loud, to nobody, and tell him what you never told him in eleven years: that you counted on him more than on anyone, not because he could not feel, but because he tried to. The wind takes most of it. It was for him.
* (walk) [Walk back down to your people]
    He would have pointed out, precisely and kindly, that there was no one to hear it. You walk back down to the people who can still hear you.
- -> epi_afternoon.done

=== epi_lily_find ===
{
- eng_lily_where ? lily_aboard and not epi_lost_ship():
    She is still on the step below your chair. You sit down on it beside her, which nobody has ever seen you do, and the bridge crew find urgent things to look at. # scene: USS Enterprise, the bridge
- epi_lost_ship():
    You walk over through the wheat. {eng_lily_word == 0:She does not get up, and does not leave either.|She watches you come the whole way.} # scene: A field near Bozeman
- else:
    Worf finds her pod's beacon in a gully eight kilometres from the silo, and you beam down alone. She is sitting on the open hatch with her bare feet in the grass, eating out of a ration pack with her fingers. # scene: A gully near Bozeman
}
{
- eng_lily_word == 2: "There he is," she says. "Captain Ahab, home from the sea." She moves over and makes room.
- eng_lily_word == 1: "I meant it," she says, before you can speak. "What I said. I'm not taking it back just because you did the right thing in the end." She does not move away, though.
- else: She does not say anything. She looks at you as if to see whether you are still the man she left, and keeps what she sees to herself.
}
{
- holo_route ? fought: "I keep hearing that gun," she says. "The one in the club." {lily_trust_picard >= 2:She lets out a breath. "It's getting quieter."|She does not say whether it is getting quieter.}
- holo_fiction.burn.saved: "Your fake bar," she says. "The singer, and {holo_fiction.lever.raid:the cops|the hoods}. Are they still in there, waiting for somebody to come back?"
- holo_route ? fiction: "Your fake bar," she says. "The singer, and {holo_fiction.lever.raid:the cops|the hoods}. I keep seeing them go up with the rest of it. I know they weren't real. I keep seeing it anyway."
- holo_hide.pass.dance: "Everybody I met last night was a ghost or a machine or a man from three hundred years from now," she says, "and the only one who danced with me was you. Don't let it go to your head."
- else: "Everybody I met last night was a ghost or a machine or a man from three hundred years from now," she says, "and the only one who sat still with me while one of them walked past was you. Don't let it go to your head."
}
* (tell) [Tell her the truth about this morning]
    {eng_core:You tell her what it was like down there with the Queen.|You tell her what it was like to give the ship up: the count, the hatch, the pods falling away under you.} Not all of it; more than you have told anyone. {obsession >= 5:You hear, as you tell it, how much of it you enjoyed, and so does she.|You hear, as you tell it, how close it was, and so does she.} {lily_trust_picard >= 2:She puts her hand on your wrist{pro_aboard.meet or holo_hide.held or holo_brink:, the way she did once before|}, and leaves it there.|She does not touch you, and does not leave.}
* (ask) [Ask her what she'll do now]
    "Go home," she says. "Fix the roof. Help Zef drink the money." She looks at the sky. "{cochrane_told == 2:He knows what he's going to be. Your people told him. I don't think he's worked out yet whether it's the best thing that ever happened to him or the worst.|{boz_silo.hero.let:One of your people told him there's a statue coming, and a school. He's made pigeon jokes all day, which is how I know it got to him. What it's all for, he doesn't know.|I don't know what he's going to be now. I don't think he does either.}}" # speaker: Lily
- -> epi_afternoon.done

// The inquiry the prologue promised: Picard's statement, made while it is fresh.
=== epi_statement ===
{epi_lost_ship():
    Late in the afternoon you sit on the step of a pod with Worf's tricorder, the only recorder you have left, and begin your statement for the inquiry. # scene: The pods
    {prologue.pro_bridge.speech:You promised the bridge an inquiry, before you took her out of the Neutral Zone, with your name on it.|You never promised the bridge an inquiry aloud, but every one of them knew whose name would be on it.} There will be no board for three hundred years. You make the statement anyway. You owe your people the record.
- else:
    Late in the afternoon you sit down in your ready room, which the Borg never reached, and begin your statement for the inquiry. # scene: The ready room
    {prologue.pro_bridge.speech:You promised the bridge one, over Earth, with your name on it and nobody else's. You meant it.|You never promised the bridge one aloud, but everyone knew whose name would be on it.} The fish in the tank are all alive, which seems to you, for a moment, unbearable.
}
The facts are easy: the border, the orders, the cube, the sphere, the shields lowered over Montana. {pro_battle.pro_cube.arms:The Yeager held her position because you told her to, and did not come home.|} It is the rest that is hard.
* (all) [Tell them everything, the voice included]
    You tell them about the voice. {
    - pro_listened == 2: That over Earth you did not only let it in: you let it all the way in and took what it told you, and Counsellor Troi saw it in your face.
    - pro_listened == 1: {pro_battle.pro_cube.arms:That over Earth you listened to it, and what it told you was true; and that the one time you kept it out, at the cube, the Yeager paid for it.|That over Earth you let it point the way, and it was right, and you were glad.}
    - else: That it was there from the Romulan border on, and that in the end you held it off{pro_battle.pro_cube.arms:, and holding it off cost the Yeager a minute she did not have|, and that was the hardest thing you did all night}.
    } {obsession >= 5:And the part you would most like to leave out: that you wanted it. That somewhere in the night the hunt became a pleasure, and the people around you saw it before you did.|{obsession >= 3:And that it came closer than you would have believed, and a civilian from the twenty-first century saw it in your face before you did.|And that you were lucky, and had help, and that luck and help are not a method.}}
    You read it back. It is the statement of a man who should perhaps not command a starship. You leave it as it is.
* (facts) [Give them the facts, and keep the voice to yourself]
    You give them the facts, in order, with times. The voice is on no sensor; a board cannot weigh what it cannot see. {pro_listened >= 1:Deanna will be asked, and she will not lie for you. Let them ask her.|You held it off. There is nothing to report but the holding.}
    {obsession >= 5:It reads like a captain who made hard choices and was vindicated by events. It is true in every sentence. You look at it for a long time.|It reads like what it is: a true account with one room left locked. You have lived with worse.}
* (names) [Begin with the names]
    You begin with the people: the security teams lost on Deck Sixteen in the first hour, and the dead Worf counted at dawn. {pro_warned:{eva_back.taken_one.carry:Not Ensign Abara, taken on Deck Fifteen: you carried her back in off the hull, and she is alive in Beverly's care. You write that down too, so that nobody at a table adds her to the dead.|Abara, taken on Deck Fifteen{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:, whom you killed yourself at the mast|{eva_locks_way.hawk_turn and eva_dish.rim.mark:, whom Mr. Worf shot at the mast on your order, when she turned on Hawk|{eva_way ? way_burned:, who burned at the mast when you fired with the feed live|{eva_way ? way_whole:, who was by the mast when the beacon was shot|}}}}.}|{eva_back.taken_one.carry:Porter, who went into the tube on Deck Sixteen because you did not act on what you heard. Not Haddad, who went in with him: you carried her back in off the hull, and she is alive in Beverly's care.|Porter and Haddad, who went into the tube on Deck Sixteen because you did not act on what you heard{eva_whole.face.stop_her or (eva_whole.fire.take_rifle and eva_hands >= 2) or eva_voice.call.send_off:; she died at the mast by your own hand|{eva_locks_way.hawk_turn and eva_dish.rim.mark:; Mr. Worf shot her at the mast on your order, when she turned on Hawk|{eva_way ? way_burned:; she burned at the mast when you fired with the feed live|{eva_way ? way_whole:; she was by the mast when the beacon was shot|}}}}.}} {eva_way ? way_burned:The eleven on Decks Twenty to Twenty-Six, forward, where they kept the ones they took, and where the backflash went. }{not (eva_hawk ? hawk_alive):Sean Hawk, who went out on the hull because you chose him. }{not (sickbay_out ? tolland):Dov Tolland. }{not (sickbay_out ? patients):Park, Adebayo, Voss, Halloran, and four more from sickbay. |{sickbay_run:Park, Adebayo, Voss. |{not sickbay_hold.carry_voss:Mira Voss. }}}{not (assault_order ? fire_first):Ensign Marr. }{eng_cost >= 1:The ones from this morning. }{not epi_data():{data_lost ? went_back:Data, who went back.|Data.}}
    By the time you have written all {epi_number(epi_count())}{not epi_data():, and Data's after them}, the rest is easy, because you know who it is for. It is not for the admirals.
- {epi_lost_ship():You seal the record and put the tricorder inside your jacket, next to where the old ache used to be.|You seal the record and send it to the log, where it will wait three hundred years, or a week, depending on how you count.} # pause
-> epi_landing

// Nightfall at Bozeman: the visitors land. Who is there to see it.
=== epi_landing ===
At dusk the settlement lights its fires in oil drums along the road, {cochrane_told == 0:because the salvage buyers from the bar asked for them, and Cochrane, back from the sky with a grin he cannot put away, told the town to humour them.|because Cochrane came back from the sky today and said something was coming.} # scene: Bozeman, nightfall
{epi_lost_ship():Your people cannot be there. Seven hundred strangers in ragged uniforms are not the history you came back to keep.|The Enterprise is a bright star among the others.}
* (ridge) {epi_lost} [Keep everyone on the ridge, out of sight]
    So they wait on the ridge above the settlement, seven hundred of them lying in the pines, as quiet as a ship at night. # scene: The ridge above Bozeman
* (crowd) {epi_lost} [Go down among the settlers yourself]
    You borrow a coat from a man who asks no questions and stand at the back of the crowd by the oil drums like any other stranger. Worf holds the ridge. He does not approve. # scene: Bozeman, the road
* (down) {not epi_lost} [Beam down to watch from the trees]
    You beam down to the pines above the road, {epi_data():with Data, who asked to come,|alone,} {eng_lily_where ? lily_aboard:an hour after Lily went down ahead of you, |}and find Riker and Troi and Geordi already there in borrowed coats. # scene: Bozeman, the road
* (orbit) {not epi_lost} [Watch it from the bridge]
    You stay aboard; you are not sure your face ought to be among the ones they see. The sound comes up through Deanna's badge. # scene: USS Enterprise, the bridge
- The ship comes down out of the north with a low note like a bow on a cello, and sets down by the road as carefully as a heron. {cochrane_told >= 1:Somebody who has heard Cochrane in the bar says "told you" to nobody in particular.|Somebody at the back says a word that was a prayer once, before the war.}
Three figures in robes come down the ramp, and the one in front lifts back a hood from a grave, patient face.
{
- cochrane_told == 2: Cochrane goes forward first. Since Will told him in the bar he has known what the history books will say about this minute, every word. {epi_landing_near():You are close enough to see his face, and it is a man putting something down.|Through Deanna's badge you hear him breathe out.} He does not say the words he will be said to have said. He says his own, shorter and worse and entirely his.
- cochrane_told == 1: Cochrane goes forward first. He has rehearsed a greeting all day; Lily has heard it eleven times. When the visitor stops in front of him every word goes out of his head, and he stands there with his hand out and laughs at himself, and that turns out to be a greeting too.
- else: Cochrane goes forward first, because people are pushing him. Nobody told him who was coming. Astonishment goes across his face like weather, and then he turns and finds Riker and Troi at the back of the crowd, with a look that says: you knew.
}
{cochrane_back == 3:Before anything else, before his name, he tells the visitor that he nearly didn't come: that he ran into the woods last night and was let go, and came back on his own. The Vulcan considers this gravely, and inclines his head, as if it were the most sensible thing anyone on Earth has said to him yet.|{cochrane_back == 2:He is still rubbing his head where Will's stun caught him. When the visitor lifts a hand in the old greeting, fingers parted, Cochrane tries to copy it, gets it wrong, tries again, and gets it nearly right.|The visitor lifts a hand in a greeting none of them has seen, fingers parted, and Cochrane tries it himself, gets it nearly right the first time, and grins like a boy.}}
{
- epi_landing_near() and epi_data(): Beside you, Data watches without blinking, a borrowed scarf wound over the scorched side of his face.
- epi_data(): Data is at ops beside you, watching none of his sensors. He is watching the faces.
- else: Data would have known the visitors' ship class and the thickness of its hull. You find you are supplying the figures to yourself in his voice, and getting them wrong.
}
{
- epi_lily_pod() and lily_trust_picard >= 2: Lily is at Cochrane's elbow in a clean shirt, chin up, as if she had arranged the whole thing and would be sending an invoice.
- epi_lily_pod(): Lily is at the edge of the firelight, a little apart, the way she stood in the doorway of your holodeck. She does not look up at the sky once.
- lily_trust_picard >= 2: Lily went down an hour ago, and she is at Cochrane's elbow, with her chin up.
- else: Lily went down an hour ago without saying goodbye, and she is at the back of the crowd, alone.
}
Then somebody in the bar puts a record on, and Cochrane leads the first visitor in out of the cold. # pause
-> epi_lily

// Picard is near enough at the landing to see faces (on the road, or in the crowd).
=== function epi_landing_near() ===
~ return epi_landing.down or epi_landing.crowd

// Lily's last scene. She is the player now: the one who stays.
=== epi_lily ===
You are Lily Sloane, long after midnight, and you have had one drink, which is one more than you meant to and about nine fewer than Zef. # scene: Outside the bar, Bozeman
Inside, Zef is explaining the music to the visitors with his hands. Out here the air smells of woodsmoke and the Phoenix's fuel, which you realise you are going to miss.
{
- epi_lost_ship(): Up on the ridge, seven hundred people from three hundred years from now are lying in the pines with no ship, and tomorrow they will need to eat. You keep doing the sum. It's what you do.
- eng_lily_word == 2: Up there, one of the stars isn't a star. It's going home tonight. {epi_landing.orbit:He stayed up there to watch the landing, and you find you don't hold it against him, which is new.|He came down to the trees to watch the landing, and he'll say goodbye before he goes up. You believe that, which is new.}
- eng_lily_word == 1: Up there, one of the stars isn't a star. {eng_lounge.admit:You told him the whole truth this morning, and he said you were right, and you didn't believe him.|You told him the whole truth this morning, and he didn't answer.} {epi_lily_find.tell:Then this afternoon he came and found you and told you his side of the morning, more of it than you'd asked for, and you're still deciding whether that was the answer.|You don't know yet whether he had no answer or was keeping it.}
- else: Up there, one of the stars isn't a star. {epi_afternoon.lily:He came and found you this afternoon{epi_lily_find.tell: and told you the truth about the morning, more of it than you'd asked for| and asked what you'd do now}, and you let him. As far as you're concerned, that was goodbye.|You haven't said a word to him since this morning, and you don't intend to.}
}
{
- holo_route ? fought and lily_trust_picard <= 1: You think about the fake bar, and the noise that gun made, and the look on his face while he made it. You think about it a lot.
- holo_route ? fought: You think about the fake bar and the noise that gun made, and about his face afterwards, when he heard himself.
- lily_trust_picard >= 2: You think about the window: the whole Earth in one piece, the war too small to see. He showed you that when he didn't have to.
- else: You think about the window, and the tube, and the gun in your hands, {holodeck.he_holds:and how long it took him to get it out of them.|{holodeck.window.giveback:and how he took it off you and then gave it back to you at the window.|{holodeck.window.refused:and how he held his hand out for it and took no for an answer.|and how he never once asked for it back.}}}
}
* (go_home) [Go home to the silo]
    -> home
* (go_find) [Go and find him]
    -> find
* (go_inside) [Go back inside, to Zef and the visitors]
    -> inside

= home
You take the creek, because you've taken it every night for six years and your feet know it in the dark. # scene: The silo
{epi_lost_ship():
    Halfway there you stop, and turn round, and go back up the ridge to the one standing in front of all the others. You tell him there's a silo: three floors underground, a generator Zef stole from the Army, a water tank, room for a lot of people if they don't mind bunks. It isn't charity; they'll work. He can run the people. You run the silo.
    {eng_lily_word >= 1:He says yes before you've finished. You'd counted on that.|He looks at you a long time before he says yes. You'd have done the same.}
- else:
    The silo is black and quiet and smells of fuel, and the hole where the Phoenix stood is the emptiest thing you've ever seen and the best. You sit on the edge with your legs hanging over.
    {eng_lily_word == 2:You decided this afternoon you wouldn't wave. You wait for the ship anyway, to not wave at.|{eng_lily_word == 1:You don't look up. Then you do.|You don't look up. You're pretty sure you don't.}}
}
-> close

= find
{
- epi_lost_ship():
    He's at the top of the ridge, a little apart from his people, the way he stands apart from everybody. # scene: The ridge above Bozeman
    "No ship," you say. "No way home." # speaker: Lily
    "None," he says, the way he'd give a heading. # speaker: Picard
    "Then come and look at my silo," you tell him. "Three floors underground. A generator Zef stole from the Army. Bunks. It isn't charity. They'll work." {eng_lily_word >= 1:He laughs, properly, for the first time since you've known him, and says they don't mind bunks.|He doesn't laugh. He thanks you, formally, as if you'd given him a ship. In a way you have.}
- epi_landing.orbit:
    Deanna gives you her badge without being asked, and goes back inside so you can do it alone. He answers on the first call. He was waiting for anybody. # scene: Outside the bar, Bozeman
    {eng_lily_word == 2:You tell him he owes you a ride, the one with the window; you've decided so, and he doesn't argue. He says it will have to wait three hundred years. You tell him you've waited for worse, and he'd better not be late.|{lily_trust_picard >= 2:You tell him he should have come down. He agrees. Neither of you says anything for a while, and it isn't a bad while.|You tell him you wanted to be sure he was really going. He says he is. You say good, and mean about half of it, and he knows which half.}}
- else:
    He's under the pines above the road, and his people melt off among the trees when they see you coming, the big one with the beard last, grinning. # scene: The road above Bozeman
    {
    - eng_lily_word == 2: You tell him he owes you a ride, the one with the window; you've decided so, and he doesn't argue. He says it will have to wait three hundred years. You tell him you've waited for worse, and then you kiss him, once, because nobody's watching, and because somebody ought to, before he goes.
    - eng_lily_word == 1: You tell him you meant it, what you said this morning. He says he knows, and that you were right, and then he thanks you, which you weren't expecting, and you shake his hand like a man selling you a truck.
    - else: You don't know why you came. He doesn't ask. In the end you tell him to look after his people, because he's what they've got. He says he'll try. You believe about half of it.
    }
}
-> close

= inside
You go back in. The room is loud and hot, and Zef has his arm round one of the visitors, who is allowing it with immense dignity. # scene: The bar, Bozeman
{cochrane_back == 3:He waves you over and tells the table, again, that he nearly didn't come this morning. He tells it every time someone new sits down.|{cochrane_told == 2:He lifts his glass to you, and for a second his face isn't drunk at all. He knows what they'll make of him. He's decided to have tonight first.|He lifts his glass and shouts that you built half of it, which is a lie: you built more than half.}}
You sit down beside the youngest-looking visitor, who is probably eighty, and explain the jukebox. He asks excellent questions. {epi_lost_ship():You don't think about the ridge for almost a whole hour.|You don't look at the sky once, for almost a whole hour.} # pause
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
