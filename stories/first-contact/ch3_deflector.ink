// Chapter Three: the deflector dish (eva_ names). Player: Picard, with Worf and Hawk.
// stories/first-contact/README.md describes the chapter, its state and its routes.

// Entry state: Chapter Three can begin from more than one holodeck.
=== entry_deflector ===
Chapter Three can begin from more than one night on Deck Fifteen. Which one?
* [Ready: the whole plan known; Lily trusts him; the voice quiet; Abara taken]
    ~ pro_listened = 0
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 2
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ emh_log = (adaptation, transit)
    ~ crusher_hurt = false
    ~ lily_trust_picard = 3
    ~ obsession = 1
    ~ plan_known = 3
    ~ holo_route = hid
    ~ crusher_hid = 0
    ~ data_lost = rearguard
    ~ data_word = true
    ~ data_settle()
    ~ carry_settle()
    ~ assault_order = bring_back
* [Gentle and in the dark: little learned; the voice quiet; Haddad taken; Crusher's graze hidden]
    ~ pro_listened = 0
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = 1
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland)
    ~ emh_log = ()
    ~ crusher_hurt = true
    ~ lily_trust_picard = 2
    ~ obsession = 0
    ~ plan_known = 1
    ~ holo_route = hid
    ~ crusher_hid = 2
    ~ data_lost = went_back
    ~ data_word = false
    ~ data_settle()
    ~ carry_settle()
    ~ assault_order = ()
* [Between: the beacon known, not its locks; the voice heard once; Lily wary; Abara taken]
    ~ pro_listened = 1
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 0
    ~ lily_armed = true
    ~ sickbay_out = (ogawa, patients)
    ~ emh_log = (adaptation)
    ~ crusher_hurt = false
    ~ lily_trust_picard = 1
    ~ obsession = 3
    ~ plan_known = 2
    ~ holo_route = fiction
    ~ crusher_hid = 0
    ~ data_lost = rearguard
    ~ data_word = false
    ~ data_settle()
    ~ carry_settle()
    ~ assault_order = bring_back
* [The voice loud: the beacon known; the hunt in his blood; Lily afraid of him; Haddad taken]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = -1
    ~ lily_armed = true
    ~ sickbay_out = (ogawa)
    ~ emh_log = (transit)
    ~ crusher_hurt = true
    ~ lily_trust_picard = 0
    ~ obsession = 5
    ~ plan_known = 2
    ~ holo_route = fought
    ~ crusher_hid = 1
    ~ data_lost = reached
    ~ data_word = true
    ~ data_settle()
    ~ carry_settle()
    ~ assault_order = fire_first
- -> deflector

// ---------------------------------------------------------------------------
// Functions for this chapter.

// The margin before the beacon sends, as Worf would give it on the bridge.
=== function eva_minutes() ===
{
- eva_time >= 3: ~ return "fifty minutes, perhaps a little more"
- eva_time == 2: ~ return "thirty-five minutes"
- eva_time == 1: ~ return "half an hour"
- eva_time == 0: ~ return "under ten minutes"
- else: ~ return "no time at all"
}

// Worf's clock as the team comes over the dish's rim, in minutes: the bridge's
// figure (eva_minutes() as the chapter opened), less eight for the armoury, the
// airlock and the walk, and the minutes spent on the way (Lily's eleven at the
// housing, the drone waited out, the locks found on hands and knees). The torch
// does not move the clock; it shortens the work, which is what eva_time counts.
// Text only: every call is printed.
=== function eva_clock() ===
~ temp t = 30
{
- eva_plan >= 3: ~ t = 50
- eva_plan == 2: ~ t = 35
}
~ t = t - 8
{deflector.learn.lily_look:
    ~ t = t - 11
}
{eva_hull.walk.wait:
    ~ t = t - 7
}
{deflector.learn.go && not eva_armoury.suits.tricorder:
    ~ t = t - 8
}
~ return t

// The clock at the last lock (read only when eva_time >= 0), by the margin left:
// always less than the clock at the rim less the two locks, on every route.
=== function eva_dish_minutes() ===
{
- eva_time >= 3: ~ return "Twenty minutes. Perhaps less."
- eva_time == 2: ~ return "Ten minutes."
- eva_time == 1: ~ return "Five minutes. No more."
- eva_time == 0: ~ return "A minute. Perhaps two."
- else: ~ return "None, sir. It could send at any moment."
}

// Something out there cost time: the margin shrinks by one, and never below -1.
=== function eva_spend() ===
~ eva_time = clamp(eva_time - 1, -1, 3)

// The crewman Picard knows among the drones on the dish: who the Collective
// walked forward past him on Deck Fifteen.
// After Chapter Three eva_warned is cleared: later chapters name the crewman at the mast by mast_taken().
=== function mast_taken() ===
{pro_warned:
    ~ return "Abara"
- else:
    ~ return "Haddad"
}

=== function eva_taken() ===
{eva_warned:
    ~ return "Abara"
- else:
    ~ return "Haddad"
}

// The crewman Picard knows is still standing on the dish when the beacon is gone,
// and he told his people to spare her (or bring her in): he can carry her in.
=== function eva_back_taken_alive() ===
{
- eva_way ? way_burned or eva_way ? way_whole: ~ return false
- eva_voice.call.send_off: ~ return false
- else: ~ return eva_spare
}

// What Lily, watching from the bridge, makes of what Picard did out there (for
// her words and the recap): -1 for his hands on one of his own, the Collective's
// voice or the burned decks; +1 for going after Hawk when he did not have to.
=== function eva_lily_shift() ===
{
- not eva_watch: ~ return 0
- eva_hands >= 2 or eva_way ? way_voice or eva_way ? way_burned: ~ return -1
- (eva_hawk ? hawk_alive) && (eva_locks_way.seized.after_hawk or eva_whole.backflash.catch): ~ return 1
- else: ~ return 0
}

// ---------------------------------------------------------------------------
=== deflector ===
~ chapter = 3
~ eva_locks = plan_known >= 3
// Text-only copies of what the chapter's words depend on, so that nothing on
// the hull reads the inherited values themselves (the verifier can then carry
// them beside its key, for the chapters that test them).
~ eva_pl = pro_listened
~ eva_away = pro_away
~ eva_warned = pro_warned
~ eva_transit = emh_log ? transit
~ eva_adapt = emh_log ? adaptation
~ eva_plan = plan_known
~ eva_word = data_word
{
- data_lost ? reached: ~ eva_data = 2
- data_lost ? went_back: ~ eva_data = 1
- else: ~ eva_data = 0
}
{
- not crusher_hurt: ~ eva_bev = 0
- crusher_hid == 2: ~ eva_bev = 3
- crusher_hid == 1: ~ eva_bev = 2
- else: ~ eva_bev = 1
}
{
- holo_route ? fought: ~ eva_route = 1
- holo_route ? hid: ~ eva_route = 2
- holo_fiction.burn.saved: ~ eva_route = 4
- else: ~ eva_route = 3
}
{
- assault_order ? fire_first: ~ eva_order = 1
- assault_order ? bring_back: ~ eva_order = 2
- else: ~ eva_order = 0
}
~ eva_heard = carried_heard or obsession >= 4
~ eva_cold = obsession >= 4
~ eva_lily = lily_trust_picard >= 1
~ eva_lily2 = lily_trust_picard >= 2
{
- obsession >= 4: ~ eva_ob = 2
- obsession >= 2: ~ eva_ob = 1
- else: ~ eva_ob = 0
}
~ eva_spare = false
~ eva_alert = false
~ eva_sealed = false
~ eva_hawk_close = true
~ eva_watch = false
~ eva_late = false
{
- plan_known >= 3: ~ eva_time = 3
- plan_known == 2: ~ eva_time = 2
- else: ~ eva_time = 1
}
~ eva_hawk = ()
~ eva_way = ()
~ eva_worf_hurt = false
~ eva_hands = 0
The lift opens on the bridge{eva_lily:, Lily beside you|}. # chapter: Chapter Three — The Dish # scene: USS Enterprise, the bridge
-> lift

= lift
{
- eva_lily && eva_route == 1: Lily comes out a half step behind you, where she can see your hands. She watched them hold a Thompson gun tonight.
- eva_lily: Lily stares at the size of the screen.
- else: Lily is not with you. When the lift stopped at Deck Eleven she saw the wounded Beverly is gathering in the corridor and heard someone calling for hands, and was out before the doors had finished opening. You let her go; she will be more use there than on a bridge.
}
{
- eva_ob >= 2: Hawk looks round from a dead conn. On the viewer green threads the deflector; your pulse quickens like a hunter's.
- eva_pl >= 1: Hawk looks round from a dead conn. On the viewer green threads the deflector; something behind your eyes hums along.
- else: Hawk, at a conn with nothing to fly, looks round, plainly glad. On the viewer, the main deflector is threaded with green.
}
* (chair) [Take the chair, and ask for the worst first]
    "Mr. Worf. The worst first."
    {
    - eva_bev == 1: "Eleven through Sixteen contested, sir. We hold the bridge, the lifts above Ten, and Eleven, where the doctor is hurt and working." A pause. "Not the deflector."
    - eva_ob >= 2: "Eleven through Sixteen contested. We hold the bridge, the lifts above Ten, and Eleven." Worf watches your face. "Not the deflector."
    - else: "Decks Eleven through Sixteen are contested. We hold the bridge, the lifts above Ten, and Deck Eleven, where the doctor is." A pause. "We do not hold the deflector."
    }
* (worf) [Go straight to Worf]
    {eva_ob >= 2:"Eleven to Sixteen contested, sir. We hold the bridge, the lifts above Ten, the doctor's people on Eleven." He nods at the viewer.|"Decks Eleven to Sixteen contested, sir," Worf says. "We hold the bridge, the lifts above Ten, the doctor's people on Eleven. They are busy there." He nods at the viewer.}
* (hawk) [Tell Mr. Hawk he can stop running diagnostics]
    "Mr. Hawk, I think the helm knows it is working."
    He flushes. "It's that or bite my nails, sir. It's getting brighter." Worf gives you the rest: the decks gone, the decks held, the doctor on Eleven.
- (picture)
{
- eva_plan >= 3: You know what it is: {eva_route == 2:the tricorder gave up the last fragment|the processor gave up the last of it}, and you sent it up to the bridge from the lift. Worf has three suits laid out.
- eva_plan == 2: You know what it is.
- eva_plan == 1: You know only that the drones carry things forward, and that this is where they end.
- else: You do not know what it is. All night the drones have been carrying things forward through your ship, and you have been too busy surviving them to ask where to.
}
{
- eva_transit: Drones, a few in uniform rags, build round a mast that opens and closes like a hand.
- eva_route == 1: Drones build round a mast that opens and closes like a hand. Your finger remembers the Thompson.
- else: Drones walk the dish, building round a mast whose top opens and closes like a hand.
}
{
- eva_plan >= 2 && eva_ob >= 2: "An interplexing beacon. It introduces Earth to a Collective that has never heard of it." You say it almost with admiration.
- eva_plan >= 2: "An interplexing beacon," you say. "In this century the Collective is in the Delta Quadrant and has never heard of Earth. This is a letter of introduction."
- else: "Mr. Worf, what does it want with the deflector?"
    "A transmitter, sir, fed from the warp core. For someone very far away." You know who.
}
{
- eva_plan >= 3: "It sends when the warp core's draw peaks," Worf says. "In {eva_minutes()}."
- eva_ob >= 2: "When the draw peaks, it sends. In {eva_minutes()}." Worf says it; you were already counting.
- else: "When the draw from the warp core peaks, it sends," Worf says. "At this rate, {eva_minutes()}."
}
{
- eva_plan >= 3: Sending it up from the lift saved every minute of it.
- eva_plan == 2: The suits are still in their lockers.
- else: Everything you did not learn below, you will have to learn out there, with the clock running.
}
{
- eva_lily: "Bigger than the Phoenix," Lily whispers.
}
* (ask_ship) [Ask whether the ship can shoot it off herself]
    {
    - eva_ob >= 2: "Can we burn it off from here?" You want the answer to be yes.
        "No, sir. Not without the forward hull." Worf watches you take that. "It must be pushed."
    - eva_data >= 1: "Can we fire on it from here?"
        "Not without the forward hull, sir. Nor engineering's power." Which is Data's room now, and theirs.
    - else: "Can we fire on it from here?"
        "No, sir. Not without taking the forward hull with it." A pause. "We could push the dish into the Moon." It is nearly a joke.
    }
* (ask_who) [Ask what they have done with the crew they took]
    "The people they took. Are they out there?"
    Worf magnifies a corner of the dish: shapes that walk a little less well than the others. {eva_transit:"The doctor's hologram logged them moved forward from the first hour," he says. "They want hands."|"They are moving them forward," he says. "To the work."}
    {eva_warned:You think of Ensign Abara from stellar cartography, walking forward past you on Deck Fifteen with metal at her temple.|You think of Yusra Haddad, who drew the warp coils on her breaks, walking forward past you on Deck Fifteen with metal at her temple.}
* (ask_say) [Say nothing. Watch it work.]
    You watch the mast open and close, in a silence the camera cannot hear.
    {eva_pl >= 1:And you do hear it, a little. Not the sound; the intent. It is the nearest thing to a hymn the Collective has: not a hope, because they do not hope. A certainty, being made real, part by part.|You know the pattern. You have never seen this machine before and you know the pattern, the way you know a face in a crowd by its walk. You set the knowledge aside before it can tell you anything else.}
* (ask_hawk) [Ask Hawk what he has seen in forty minutes]
    "Mr. Hawk. What have you seen?"
    {
    - eva_pl >= 1: "Every eleven minutes they all stop, sir. Four seconds. Like they're listening." You know. You have felt each pause behind your eyes, and said nothing.
    - eva_plan <= 1: "They stop every eleven minutes, sir, four seconds, like they're listening. And they never look up." Of everyone aboard, only Hawk has watched them work.
    - else: "They all stop at once every eleven minutes, sir, for four seconds. Like they're listening. And they never look up." He has been sitting on it because nobody asked.
    }
- -> learn

= learn
{eva_locks:
    "Three magnetic locks hold it to the dish," you tell Worf. "Release all three and we push it off into space."
    Worf lights three points on the rim of the housing schematic. "Manual releases, sir. From outside. Three people."
    -> team
}
{not eva_locks && eva_plan >= 2:
    You do not know how it is fixed to your ship; {holo_neuro:the processor did not say|nothing you saw below told you}.
- else:
    You do not know how it is fixed to your ship, or how to get it off.
}
"We must go outside, sir," Worf says.
* (lily_look) {eva_lily} [Ask Lily to read the dish's housing for you]
    "You build rockets. How would you hold that on?"
    {
    - eva_route == 1: She looks at you the way she looked at the Thompson in your hands. Then she comes down to Worf's board anyway and asks for the load tables, the page nobody reads. Eleven minutes.
        "Clamps. Three. Big, dumb, magnetic." She does not ask whether she got it. "Let go of those and you push."
        She is right. It cost eleven minutes you did not have.
    - eva_route == 2: She sits at Worf's board the way she sat at the club's little table, very still, reading while the dish works. The schematic, the load tables, the page nobody reads. Eleven minutes.
        "Magnetic clamps. Three, on the rim. Old as my grandpa's truck. Let those go and push."
        "That's it exactly," you tell her. It cost eleven minutes you did not have.
    - else: She comes down to Worf's board and stops being frightened, as if someone had handed her a wrench. She asks for the schematic, the load tables, the page nobody reads. It takes eleven minutes.
        "Magnetic clamps," she says, finger on three points of the rim. "Big, dumb, old. Let those go and you just push. Did I get it?"
        "You got it," you tell her. It cost eleven minutes you did not have.
    }
    ~ eva_locks = true
    ~ eva_spend()
* (sweep) [Sweep the dish with the forward sensors]
    "Full active sweep of the housing, Mr. Worf."
    "They will know we are looking, sir."
    {eva_cold:"Let them."|"Do it."}
    {
    - eva_cold: Every drone on the dish stops for one second, and you are pleased that they looked up. The scan shows three magnetic locks on the rim.
    - eva_pl >= 1: Every drone stops for one second; the murmur in your head stops with them. The scan shows three magnetic locks on the rim.
    - else: Every drone on the dish stops for one second, then goes on. The scan shows three magnetic locks on the rim, holding the array to its cradle.
    }
    "They will be waiting for us," Worf says.
    ~ eva_locks = true
    ~ eva_alert = true
* (listen) {eva_heard} [Close your eyes and ask the Collective]
    {
    - eva_pl == 0: You close your eyes. By the end, over Earth, you had shut it out; the hunt has worn the door thin since, and it answers the first time you ask: three old human locks on the rim. No interest.
        "Three magnetic locks," you say. Nobody asks how you know.
    - eva_pl == 2: You need not close your eyes. It has talked all night; you only stop pretending not to hear. Three old human locks hold the array. A matter of no interest.
        "Three maglocks, on the rim," you say, very even, not quite yourself.
    - else: You close your eyes. The door has been open since this morning; you only stand in it and listen. The answer comes whole: the array in its cradle, held by three old human locks. A matter of no interest.
        "Three magnetic locks on the rim," you say. Your voice is very even. It is not quite yours.
    }
    ~ eva_locks = true
* (go) [Go now, and find out on the hull]
    {eva_ob >= 2:"We'll find out on the hull." You would rather be out there than asking. Worf does not argue.|"We'll find out on the hull." Worf looks at his clock and does not argue.}
- -> team

= team
"I will go," Worf says. "It is not a request."
Hawk stands. "Sir, I'm EVA certified. Top in magnetic boots." He winces.
* (take) [Take him. He asked.]
    "Then you're coming, Mr. Hawk."
    "Thank you, sir. I won't let you down." You believe him. That is the trouble with boys like Hawk.
* (truth) [Tell him what the dish is like, then take him]
    "A dozen drones out there, Lieutenant, and {eva_warned:at least one of them was crew this evening|some of them were crew this evening}. If your suit tears you have seconds. If one touches you, less."
    "I'd rather be out there than watching it on a screen, sir."
    "So would I." You take him.
* (doubt) [Ask the bridge if anyone else is rated for EVA]
    {eva_transit:"Anyone else rated for EVA?" Nobody answers. The hull teams were on Deck Fourteen; the hologram logged them walked forward.|"Anyone else rated for EVA?" Nobody answers. The hull teams were quartered on Deck Fourteen, the first place the drones went.}
    "It's just me, sir," Hawk says, not unkindly. He has heard what you did not say: he was not your first choice.
- {
- eva_cold && eva_route == 1: You are looking forward to it, as you looked forward to the Thompson.
- eva_cold: You are looking forward to it, and you notice that like a tremor in your hand.
- else: You do not look forward to it. It is the job.
}
-> data

= data
The ops station is dark.
{
- eva_data == 1: You ordered everyone back; Data went the other way, for Crewman Lindqvist. She came up. He did not.
- eva_data == 2: You went for the valves, and Data pulled you out, and they took him instead.
- else: You told Data to hold the corridor while the rest fell back. He held it.
}
{eva_word:You promised to come back for him; he will keep the codes till then.|You never called back to him. There was time.}
* [Ask Worf if there has been any word from engineering]
    "Engineering, Mr. Worf?"
    {
    - eva_data == 1: "Borg, sir. Lindqvist asks after him every hour; I have nothing for her." A pause. "They keep it cold where he was. Not for a dead man."
    - eva_data == 2: "Borg. Nothing else." Worf does not look at your shoulder, where Data's hand tore you clear. "But they keep it cold there. Not for a corpse."
    - else: "Borg and nothing else, sir. But they keep it very cold where he was last. I do not think they would, if he were dead." It is hopeful, and frightening.
    }
* [Set him aside. There is the dish.]
    You set Data aside, like a hand over a wound. Data would be the first to tell you: there is the dish.
* [Touch the dark ops console on your way past]
    {
    - eva_word: You put your hand flat on the dead console as you pass, as if a promise could be left there for him. Worf looks away.
    - else: You put your hand flat on the dead console as you pass. Worf looks away, which is the most tactful thing you have seen him do.
    }
- -> eva_lily_scene

// ---------------------------------------------------------------------------
// Before he suits up: where Lily is, and what she says to him.
=== eva_lily_scene ===
{eva_lily:-> here|-> away}

= here
Lily blocks the lift doors. "You're going out there." # speaker: Lily
{
- eva_route == 1: {holo_fight.burst.drum:"In that club you kept your finger down after they'd fallen, and Gus was behind the bar. I looked over it for you. Don't make anybody do that for you out there."|"In that club you smiled with a gun in your hands. I saw it. Don't smile out there."} # speaker: Lily
- eva_route == 2: {holo_hide.pass.dance:"In that club you danced me round so one of them would pass my back, and you never missed a step. I could feel through your hand what it cost you not to go for it.|"In that club you sat still while they walked past. I felt you not wanting to, through the table.} {holo_hide.tail.reach:Then you went after the last one anyway, and I had to hang off your arm. Out there, be the one who let them pass."|That was the bravest thing I've seen all day. Do that out there, if you have to."} # speaker: Lily
- else: "You {eva_route == 4:froze|burned} your favourite place down there. I watched you decide. Which one of you is going out there: the one who decided, or the one who minded?" # speaker: Lily
}
{eva_bev == 3:"And when you see the doctor," she adds, lower, "make her show you her arm. She won't want to. Make her." # speaker: Lily}
* (home) [Tell her you are coming back for her]
    {
    - eva_route == 1: "I am coming back. You are going home to Montana, and I mean to see it."
        "You had a machine gun in your hands tonight, and now you're making me promises." But her face lets go a little. "Fine. Only ride I've got."
    - eva_bev == 3: "I am coming back. You are going home."
        "And her?" She means Beverly's sleeve. "Come back for both of us, then." Her face lets go a little.
    - else: "I am coming back. You are going home to Montana, and I mean to be the one who sends you."
        "Everybody says that at the door." But her face lets go a little. "Fine. You're my only ride."
    }
* (honest) [Tell her you don't know which one]
    {
    - eva_route == 2: "I don't know. The one at the table, I hope."
        "The one who sat still." She nods once. "Okay. Be him."
    - else: "I don't know. I would like it to be the one who minded."
        She looks at you a long moment. "Okay. Try hard."
    }
* (brush) [Tell her it is a job like any other]
    "A maintenance job with an unusual amount of vacuum. We'll be back within the hour."
    {
    - eva_lily2: "Sure," she says. She has trusted you most of the night; you watch her file this away.
    - else: "Right," she says. "A job." You have handled her, and she knows it, and she will remember.
    }
- "Where do you want me?"
* (watch) [Ask her to watch the dish for you, from the bridge]
    "Stay on the bridge and watch the dish. You see machines better than they do."
    {
    - eva_ob >= 2: "I'll watch all of it." Only when the doors close do you see that you have asked for a witness, and to what.
    - else: "I'll watch all of it." Only after the doors close do you see that you have asked her to watch whatever you are about to do.
    }
    ~ eva_watch = true
* (beverly) [Send her down to Beverly on Deck Eleven]
    {
    - eva_bev == 3: "Go down to Dr. Crusher. She needs hands, and someone to watch that arm."
        "Somebody has to," she says. "You'll only believe her." She goes, and does not look back.
    - else: "Go down to Dr. Crusher on Deck Eleven. She needs hands. I'd rather you weren't watching this."
        "Why not?" she says, and then: "No. Don't tell me." She goes, and does not look back.
    }
* (her_choice) [Tell her to choose for herself]
    "Wherever you like. You've chosen for yourself all night."
    {
    - eva_route == 1: She looks past you at the green frost. "Here. I watched you in that club. I'll watch you out there." She plants her feet by the rail.
    - else: She looks past you at the green frost on the viewer. "Here. Somebody who isn't one of you ought to see it." She plants her feet by the rail. Whatever you do out there, she is going to watch it.
    }
    ~ eva_watch = true
- -> eva_armoury

= away
You ride down to the armoury alone.
{
- eva_route == 1: Somewhere below, Lily is with Beverly, and what she is saying about you begins with a Thompson gun in the Club Tangier and does not improve.
- eva_route == 2: The lift is very quiet. Somewhere below you Lily is with Beverly now. You wonder whether she has told Beverly about {holo_hide.pass.dance:the dance, or about }the crewman you let walk past {holo_hide.pass.dance:her back|your table}{holo_hide.tail.reach:, or the last drone, and her hands on your wrist|}, or whether she has told her nothing at all.
- else: The lift is very quiet. Somewhere below you Lily is with Beverly now. You left your favourite place in the galaxy {eva_route == 4:frozen|burning} behind you tonight, and she watched you do it, and you have no idea at all what she made of it.
}
The comm chimes: Deck Eleven.
"Jean-Luc," Beverly says, tired to the bone. "From Lily, unedited: 'Tell him I hope it's worth it. And I mean that both ways.'" # speaker: Beverly Crusher
* (reply) [Ask Beverly to tell her that it will be]
    "Tell her it will be."
    "I'll tell her." Beverly does not say whether Lily will believe it.
* (noreply) [Thank Beverly, and close the channel]
    "Thank you, Doctor." You close the channel, and the message goes round in the lift, both ways.
* (how_look) [Ask Beverly how Lily looked when she said it]
    "How did she look when she said it?"
    {
    - eva_bev == 3: A pause. "Angry, because the alternative is terrified," Beverly says. "She keeps looking at my sleeve." Another pause. "She's helping Alyssa with the burns. She's good at it. Don't tell her I said so."
    - eva_route == 1: A pause. "Like someone who watched a man she'd started to like pick up a Thompson gun," Beverly says. "She's helping Alyssa with the burns now. She's good at it. She doesn't want you to know that."
    - else: A pause. "Like someone who's decided to be angry because the alternative is being terrified," Beverly says. "I know the look. I've worn it all night." Another pause. "She's helping Alyssa with the burns. She's good at it. She doesn't want you to know that."
    }
- -> eva_armoury

// ---------------------------------------------------------------------------
// The forward armoury: the suits, what they carry, two of three small things.
=== eva_armoury ===
-> suits

= suits
In the armoury, Worf and Hawk sign out a phaser rifle each, and Worf clips his curved blade to his suit's thigh. # scene: Forward armoury, Deck Ten
"A mek'leth, Mr. Worf?"
{eva_alert:"They know we are coming, sir. Let them learn steel."|"Phasers adapt, sir. Steel does not."}
{eva_adapt:Beverly's padd gave you the hologram's count: two shots before a drone's shield learns the beam, and the third wasted.}
Room on your belt, beside the hand phaser, for one thing more.
* (rifle) [A phaser rifle, with its setting rotated by hand]
    {
    - eva_route == 1: You turn a rifle's modulation by hand to a setting you have not decided. It is lighter than the Thompson. {eva_cold:Your hands miss the weight.|You are glad of that.}
    - else: You turn a rifle's modulation by hand to a random setting: the Collective cannot predict what you have not decided. {eva_cold:Your hands enjoy it.|Dull work. You are glad of it.}
    }
* (torch) [A plasma cutting torch]
    {
    - eva_ob >= 2: A hull-repair torch cuts the drones' growth faster than hands and gives back minutes. A tool, not a weapon: you chose it to keep your hands honest.
    - eva_plan <= 1: A hull-repair torch cuts the drones' growth faster than hands. It may buy back some of the minutes Deck Fifteen never gave you.
    - else: A hull-repair torch will cut the drones' growth faster than hands, and give you back minutes. A tool, not a weapon; you chose it partly for that.
    }
    ~ eva_time = clamp(eva_time + 1, -1, 3)
* (tricorder) [An engineering tricorder with a hull survey program]
    You load an engineering tricorder with the hull survey. {eva_locks:You know where the locks are already, but it will see a drone coming before you do.|And there it is in flat print: three magnetic locks on the rim of the emitter's cradle, manual release at each. Not a drone's processor: a quartermaster's inventory, read while you seal your suit.}
    ~ eva_locks = true
- -> three

= three
Time for one thing, perhaps two.
- (hub)
* (seals) [Check Worf's suit seals yourself]
    "Mr. Worf. Turn round."
    {
    - eva_alert: Under the mek'leth's clip his hip seal has folded. You remake it slowly; out there they will be waiting. "Thank you, sir," he says.
    - else: Under the mek'leth's clip his hip seal has folded on itself. You remake it. "Thank you, sir," he says, gravely, the way he thanks his son for tying a knot he could have tied himself.
    }
    ~ eva_sealed = true
* (hawk_talk) [Ask Hawk how he is]
    "How are you, Mr. Hawk?"
    "Terrified, sir. And angry. Is that all right?"
    * * [Tell him it is more than all right]
        "Angry will keep you warm. Don't let it choose for you."
        "No, sir. I'll let you choose."
    * * [Tell him about your first walk on a hull]
        On your first hull walk your knees stopped, and a petty officer talked you in with a story about his mother's goat. Hawk laughs.
        "Did it work? The goat?"
        "I am here."
    * * [Tell him you are angry too]
        "So am I. I have been angry for six years. Visit it; don't move in."
        He looks at you as if you had said something captains are not supposed to. "I'll try to just visit, sir."
    - -
* (bev) [Call Beverly on Deck Eleven]
    Beverly answers on the first chime.
    // Lily tells Picard about the graze at Chapter Two's end (holo_close.walk) or
    // at the lift (eva_lily_scene.here), as Chapter Four's vote also assumes; a
    // preset that skipped both has not, and Beverly's "I'm fine" stands unasked.
    {
    - eva_bev == 1: "Worf told me. And the arm's fine, Jean-Luc: grey, ugly, not spreading. Stop looking at your comm like that." One of those three things is a lie. You cannot tell which. "Now promise me you'll walk back in through that airlock on your own feet." # speaker: Beverly Crusher
    - eva_bev == 3 && (holo_close.walk or eva_lily_scene.here): You remember what Lily told you, and ask. There is a silence on the channel. "Lily," Beverly says at last, without heat. "All right. A drone touched me on the way out of sickbay. I dosed myself on the ladder and covered it, because there were thirty people who needed me not to be a patient. It isn't spreading, Jean-Luc. I'm watching it." She pauses. "Go. I'll still be here. That's a promise, which is more than I'm going to get from you." # speaker: Beverly Crusher
    - eva_bev >= 1: "I'm fine," she says, before you have asked. "Busy. Thirty people, one nurse, not enough of anything. Don't you dare go out there and make it thirty-one. Promise me." Her voice is perfectly ordinary. It is only later, on the hull, that you will wonder why she said she was fine before you asked. # speaker: Beverly Crusher
    - else: "Worf told me. If your suit tears you have ten seconds, Jean-Luc. Use them to reach the airlock. Promise me." # speaker: Beverly Crusher
    }
    * * [Promise]
        "I promise. Within reason."
        "Your reason or mine?" She closes the channel.
    * * [Tell her to look after herself first]
        "Look after yourself first, Beverly. That's an order."
        "Go on," she says, more gently. "Come back."
    * * [Ask her to tell Lily where you have gone]
        "{eva_watch:If Lily comes down|When you see Lily}, tell her it's a job I know how to do."
        "Is it?" Beverly says. "Come back and tell her yourself."
    - -
- {seals + hawk_talk + bev >= 2: -> helmet}
Time for one more.
-> hub

= helmet
"It is time," Worf says. {eva_sealed:His seals were worth the minutes.|You glance at his hip seal, and not closely enough.}
* [Check Hawk's helmet seal before your own]
    You tap Hawk's collar; he tilts his head to show you green, and taps yours back: an old hull crews' habit.
* [Lead them out without another word]
    You walk to the airlock, and they fall in behind you, one and two.
* [Call the bridge before the helmet seals]
    {
    - eva_watch: "Picard to bridge. Miss Sloane: if it sends before we stop it, tell whoever comes exactly what happened here." "Every bit," Lily says.
    - else: "Picard to bridge. If the beacon sends before we stop it, tell Starfleet, whenever there is a Starfleet, exactly what happened here." Hawk and Worf stand a little straighter.
    }
- -> eva_hull

// The airlock, the hull, the walk forward to the dish.
=== eva_hull ===
-> lock

= lock
The airlock pumps the sound away. # scene: Forward airlock
* (gauge) [Watch the pressure fall]
    {eva_ob >= 2:Thirty kilopascals. Ten. Nothing. Your breathing is slower than Hawk's, slower than it ought to be.|Thirty kilopascals. Ten. Nothing. Hawk's breathing is a little faster than yours.}
* (talk) [Talk Hawk through it, quietly]
    "Slow breaths, Lieutenant. There's no prize for using less."
    "It's really quiet, sir."
    "It will get quieter." He laughs, and his breathing evens out.
* (worf_lock) [Ask Worf how many times he has done this]
    "Eleven, sir. Two under fire. One with a Romulan on the hull. Briefly." Hawk asks what happened to the Romulan. Worf does not answer.
- The outer door opens on the dark. -> out

= out
Your boots lock to the hull. # scene: The hull, forward
Past the saucer: the Earth of 2063, dark where cities should be, and an unlit Moon.
{eva_away:Your thumb covers Montana and the Phoenix.|Your thumb covers Riker and Deanna.}
Hawk stops, looking.
* (look) [Let him look]
    You let him look, and look too.
    "I'd like to come back here after, sir," he says softly. "Just to look."
    "So would I. Let's make sure there is an after."
* (move) [Get them moving]
    "Eyes on the hull, Lieutenant. The view will keep." {eva_cold:You are not sorry at all, and you notice it.|You are sorry too. The beacon will not wait.}
* (say_earth) [Tell him what it will look like in three hundred years]
    {eva_away:"In three hundred years there are lights down there, and a city in that crater. It starts in Montana, tomorrow."|"In three hundred years there are lights down that coast, and a city in that bright crater."}
    "Tycho. I trained over it, sir." He swallows. "If we get this wrong, it never will be."
- -> walk

= walk
You walk forward to the dish: lean, heel, peel. # scene: The hull, the long walk forward
{
- eva_pl == 0: The silence is total: not even the pressure at the back of your skull.
- eva_pl == 1: Under the silence the Collective murmurs: forward, below, many.
- else: With nothing to cover it, the voice is everywhere: forward, we are many, the work is good. You are walking faster.
}
{
- eva_word: Data is under your boots, keeping the codes until you come.
- else: Data is under your boots. You never told him you would come.
}
{eva_alert:Halfway, Worf raises a fist: a drone ahead at an open plate, its head already turning. No cover.|Halfway, Worf raises a fist: a drone ahead, working at an open plate. No cover.}
* (wait) [Wait until it moves on]
    {eva_time <= 1:You wait while it works. Worf's clock runs in the corner of your visor and you watch that, not the drone. At last it walks on.|You wait while it works, the Earth turning overhead. At last it walks on, and the minutes have gone down by a lump you can feel.}
    ~ eva_spend()
* (round) [Go round it, over the curve of the hull]
    You take them wide, down the curve where the drone's horizon hides you. On the third step Hawk's boot finds a pit instead of plate, and he begins, very slowly, to turn away from the ship.
    You have his wrist before you think. For a moment the whole of him hangs off your arm with the Earth behind him. Then his boot locks.
    "Thank you, sir," he says, in a voice you would not have known. You lost no time. You could have lost him.
* (shoot_it) [Shoot it before it sees you]
    {eva_armoury.suits.rifle:You put one bolt from the hand-turned rifle|You put two phaser bolts} into the drone's back where spine meets implant. Out here it does not fall; it stops, bent over the plate, boots locked.
    {eva_pl >= 1:The murmur below changes its note, as a hive's does when one bee does not come home.|Down on the dish, one drone turns its head towards you, and after a while turns back.}
    "They will know we are here," Worf says.
    ~ eva_alert = true
* (trench) [Go down into the maintenance trench along the spine]
    {eva_armoury.suits.tricorder:The hull survey shows you|Worf points to} a maintenance trench along the secondary hull's spine, half a metre deep. You go past the drone bent double in it. It does not look up.
- -> eva_dish

// ---------------------------------------------------------------------------
// The dish itself: the beacon, the drones, the crewman Picard knows, Hawk's idea, the way.
=== eva_dish ===
// Hawk is alive until something on the dish says otherwise.
~ eva_hawk = hawk_alive
-> rim

= rim
You come over the dish's rim. # scene: The deflector dish
{eva_time <= 0:The mast rises four storeys, its flower already pale with light.|The mast rises four storeys, pointed at the dark.}
Twenty drones work. {eva_alert:Three by the rim have stopped, and stand.|None looks up.}
At the mast's base, helmetless, fitting a coupling with a {eva_warned:cartographer's|draughtswoman's} care, is {eva_warned:Ensign Abara, who laughed at jokes she didn't follow, out of kindness|Ensign Yusra Haddad of the sketchbook}.
"That's {eva_taken()}," Hawk says.
{
- eva_order == 1: Worf's rifle is already on her. "Your order on Deck Sixteen, sir. Those they have taken, we fire on first." His rifle does not waver.
- eva_order == 2: "Your order on Sixteen was to bring back anyone who can be reached, sir," he adds, holding on to it. "Can she be?"
- else: On Deck Sixteen you gave no order about the taken, and each of your people decided alone. Now it is your turn.
}
* (mark) [She is not ours now. If she comes at us, fire.]
    {eva_order == 2:"She is not ours now. If she comes at us, fire." It is not the order you gave on Sixteen. Hawk does not answer.|"She is not ours now. If she comes at us, fire. If not, leave her be." Hawk does not answer.}
    {eva_cold:Something in you approves of the sentence. You set the approval aside, and it does not go far.}
* (spare) [No one fires on her. Not while there is another way.]
    "Nobody fires on her while there's any other way. If she comes at us, we go round." {eva_order == 1:Worf's rifle comes down a few degrees. "Understood, sir." It is obedience, not agreement; out here it will do.|Hawk lets out a breath.}
    ~ eva_spare = true
* (reach) [If we can bring her in at the end, we bring her in]
    "If we can bring her in at the end, we will. The beacon first." {eva_order == 1:It is not your order from Sixteen; Worf lowers his rifle anyway. |}Hawk nods too hard. You know the chances, and let him not know them a little longer.
    ~ eva_spare = true
- -> find

= find
{
- eva_locks: The three maglocks sit on the cradle's rim at two, six and ten o'clock.
- else: You do not know what you are looking for, so the three of you crawl the cradle's rim on hands and knees, drones passing metres away, reading stencils through the cable. Hawk finds the first lock under a drift of green, and then you know where the others must be: three maglocks, at two, six and ten o'clock.
    It took too long. You all know it.
    ~ eva_locks = true
    ~ eva_spend()
}
"The draw has doubled," Worf says. "It sends in {epi_number(eva_clock())} minutes." {eva_time <= 0:He says it lightly, which is how you know its weight.}
{
- eva_time >= 2: Three locks will not take so long{eva_armoury.suits.torch:, not with the torch}. There is room in it for one thing to go wrong, perhaps two.
- eva_time == 1: Time for three locks{eva_armoury.suits.torch:, with the torch,} and a little over. Very little.
- eva_time == 0: Time for three locks{eva_armoury.suits.torch:, with the torch,} if nothing at all goes wrong.
- else: Not time for three locks by hand. Not quite.
}
-> idea

= idea
{
- eva_ob >= 2: "Sir," Hawk says. "Forget the locks. One shot at the base and it all goes." It is your own thought, aloud.
- eva_alert: "Sir," Hawk says, eyes on the three by the rim. "Forget the locks. One shot at the base and it all goes."
- else: "Sir," Hawk says. "Forget the locks. One full shot at the base, where the power goes in, and it all goes."
}
{
- eva_transit: But the base is fed from the warp core: blow it and the feed flashes down into the decks where the hologram logged your people going. And {eva_taken()} stands there.
- eva_ob >= 2: But the base is fed from the warp core, and the backflash would run down into the decks below. {eva_taken()} stands there.
- else: But the base is fed from the warp core: blow it and the feed flashes back into the decks below, and whoever is in them. {eva_taken()} stands there.
}
{
- eva_cold: God help you, you want it, as you wanted the Thompson gun{eva_route == 1: in your hands| you never held}.
- eva_ob >= 1: Part of you likes it: one shot instead of three locks.
- else: A young man's plan. You made them once.
}
{
- eva_pl == 2: The voice says, very reasonably: the feed would carry it deep, into many of yours, and we would not object.
- eva_pl == 1: The murmur does not care whether the beacon dies in one piece or three. That makes you careful.
}
* (locks) [The locks. One at a time.]
    "No, Mr. Hawk. That feed would go through the ship first. Three locks."
    {eva_cold:Part of you is disappointed. You do not let it choose.|"Aye, sir. Three locks."}
    ~ eva_way = way_locks
    -> eva_locks_way
* (whole) [Do it Hawk's way]
    {eva_cold:You want it, and you do not pretend otherwise.|You make the arithmetic come out the way you need it to.} "Very well, Mr. Hawk. Your way." Worf looks at you and says nothing, loudly.
    ~ eva_way = way_whole
    -> eva_whole
* (voice) {eva_heard} [Walk in among them and speak their language]
    A third way opens, so plain you wonder it took this long. They do not see you because you are not in their way, and you were fluent in their language once.
    "Stay here, both of you, until I call."
    "Sir?" Hawk says. Worf has seen your face, and says nothing.
    ~ eva_way = way_voice
    -> eva_voice

// By the book: the three maglocks, one by one, and the array pushed off into space.
=== eva_locks_way ===
-> split

= split
Split up and it goes fast; stay together and you watch each other's backs.
"Sir," Worf says. "How do you want it?"
* (each) [One lock each. It is the fastest way.]
    "One each. Mr. Worf, two o'clock. Mr. Hawk, six, under the mast. I'll take ten. Call out when yours is free."
    {
    - eva_spare: "Six o'clock, aye." Hawk is already moving, to the lock at the foot of the mast, where the drones are thickest and {eva_taken()} works. You said nobody fires on her; you gave him her lock anyway.
    - else: "Six o'clock, aye." Hawk is already moving. Six o'clock is the lock at the foot of the mast, where the drones are thickest and {eva_taken()} is working. You gave it to him because he is the quickest of you on his feet, and you know it, and you do not change it.
    }
    ~ eva_hawk_close = false
* (pairs) [Hawk with you; Worf alone]
    "Mr. Worf, two o'clock, alone. Mr. Hawk, with me: ten, then six." Worf nods once and goes. Hawk falls in at your shoulder, and you are aware of him there the way you are aware of your own hand, and you are glad of it.
* (together) [All three together, lock by lock]
    "Together," you say. "All three of us, one lock at a time. Nobody out of sight of anybody."
    It is slower. All three of you know exactly how much slower, and {eva_armoury.suits.tricorder:the tricorder on your wrist|Worf's tricorder} knows it to the second. But nobody argues, and you walk the rim together, one lock at a time, like men roped on a glacier.
    ~ eva_spend()
- -> first

= first
{eva_locks_way.split.together:The first lock is at ten o'clock.|Your lock is at ten o'clock.} A grey housing the size of a trunk, under a tangle of green cable. {eva_away:MAGLOCK 3 — MANUAL RELEASE — SEE PROC 7-19, stencilled in a shipyard three centuries from here.|Through the visor's glare: MAGLOCK 3, MANUAL RELEASE, stencilled three centuries from here.}
Under the cable, the release plate: turn, pull, hold.
* (cut_it) [Cut the cable]
    {eva_armoury.suits.torch:You thumb the torch alight. Its flame in vacuum is a small blue blade that casts no light on anything, and you lay it on the cable, and the drones' work parts like a wet rope.|You narrow your phaser's beam to a needle and draw it along the cable, and the drones' work parts, slowly, smoking without smoke.} The cover comes up. The plate turns.
* (tear) [Tear the cable aside by hand]
    You get your gloves under the cable and heave. It does not want to come. It is warm even through the gloves, and it moves in your hands in a way cable should not, and for one dreadful second you feel it trying to work out what you are. Then it tears, and you throw it aside, and it drifts away off the dish turning slowly end over end, and you do not watch where it goes.
    {eva_pl >= 1:Somewhere below you the murmur stops, and listens, and goes on.}
* (blade) {not eva_locks_way.split.each} [Ask for Worf's blade]
    {eva_locks_way.split.together:"Mr. Worf."|"Mr. Worf. I need your blade at ten o'clock." He comes, at a run that is not a run, across the face of the dish.} The mek'leth goes through the cable in one stroke. "That is what it is for," Worf says, and {eva_locks_way.split.together:stands over you while you work|goes back to his own lock}.
    {eva_locks_way.split.pairs:
        ~ eva_spend()
    }
- You turn the plate. You pull. You hold. Through your boots and teeth you feel the lock let go with a deep soft thud.
"Ten o'clock is free," you say.
-> worf_fight

= worf_fight
{eva_alert:They were waiting: as the lock lets go, every drone on the rim lifts its head at once.|As the lock lets go, one drone stops. Then three. Then all of them lift their heads.}
Two of them go for Worf. {eva_locks_way.split.each or eva_locks_way.split.pairs:He is alone at two o'clock, forty metres away across the face of the dish, with his hands in the lock.|He has gone a few metres on along the rim towards six o'clock, still in sight, to look ahead, and he turns to meet them there.}
{
- eva_adapt: Worf fires twice, counting as the hologram taught. The first drone stops; the second has learned, and he draws the mek'leth. A fight without sound, slow as under water. Its fingers close on his hip seal.
- else: Worf fires twice. The first drone stops; the second walks through the bolt like rain, and he draws the mek'leth.
    It is a fight without sound, slow as under water. The drone's fingers close on the seal at his hip.
}
{
- eva_alert && eva_sealed: It is the seal you remade in the armoury, and it holds against the first hand. Not against the second. They were waiting for you{deflector.learn.sweep:, because you swept the dish and told them you were coming|, because a drone on the walk did not come home}, and there are two of them on him, and between them they tear it. A white plume of Worf's air jets out of his hip into the vacuum and freezes into glitter as it goes.
    ~ eva_sealed = false
- eva_sealed: It is the seal you remade in the armoury. It holds. The drone's fingers slide off it like fingers off glass, and close again.
- else: It is the seal with the mek'leth's clip, the one folded under itself when he fastened the blade. It opens. A white plume of Worf's air jets out of his hip into the vacuum and freezes into glitter as it goes.
}
* (go_to_worf) [Go to him]
    You leave the lock and go, as fast as magnetic boots will let a man go, which is not fast; you have never in your life so wanted to run.
    {eva_sealed:By the time you reach him the drone is drifting away from the dish in two pieces and Worf is standing over it, breathing hard on the channel. "I am unhurt," he says. "Go back to your work, sir." You have lost a minute, and found that you did not need to.|By the time you reach him he has killed it and is on one knee, one hand clamped over the hole at his hip, his air going out between his fingers. You have a seal patch on your belt, every suit does; you slap it over his glove and his hip together and hold it while the suit's sealant finds the edges. His breathing, on the channel, is a terrible sound. Then it steadies.}
    {not eva_sealed:
        ~ eva_worf_hurt = true
    }
    ~ eva_spend()
* (kill_drone) [Kill the second drone yourself]
    {eva_locks_way.split.together:It is only a dozen metres, and you cross them.|You go, and you are not fast, and you get there anyway.} You do not use the phaser. You take the drone by the tubes at its neck, from behind, with both hands, and you pull, and you keep pulling, and what comes away in your hands is warm and pumping and then is not.
    {eva_cold:It is easy. It is the easiest thing you have done all night. You know how they are put together. You know exactly where to pull.|You had not known that you knew where to pull. You did know. It was in you, from before, waiting.}
    The drone lets go of Worf. {eva_sealed:He is unhurt. He looks at you over the dead thing between you, and says nothing at all.|He is on one knee with his hand over the hole at his hip, and you slap a seal patch over it and hold it there while his breathing rattles on the channel. He lives. He will not forget whose hands pulled the drone off him, nor how.}
    {not eva_sealed:
        ~ eva_worf_hurt = true
    }
    ~ eva_hands = 1
* (trust_worf) [Trust him to handle it. Get to the next lock.]
    You leave him to it. He is Worf; if anyone on this ship can, he can; and the locks do not release themselves.
    {eva_sealed:When you look back he has killed it, and is standing, and is walking {eva_locks_way.split.together:back to you|to his lock} as if nothing had happened.|When you look back he has killed it, and is down on one knee, and has found the seal patch on his own belt with his own hand, and got it on. The suit has frozen the blood on his hip to the fabric. He does not say a word about it on the channel, then or later.}
    {not eva_sealed:
        ~ eva_worf_hurt = true
    }
- -> hawk_turn

= hawk_turn
{
- eva_locks_way.split.each: At six o'clock, at the foot of the mast, Hawk is working on his lock with his back to the dish. He has got the cover open. He is talking to the lock under his breath on the open channel, coaxing it, the way you've heard him talk to the helm.
- eva_locks_way.split.pairs && (eva_locks_way.worf_fight.go_to_worf || eva_locks_way.worf_fight.kill_drone): You come back across the dish from Worf to six o'clock, at the foot of the mast. Hawk has gone on without you and kneels to the lock, coaxing it under his breath the way he talks to the helm.
- else: Six o'clock, at the foot of the mast. Hawk kneels to it with you over him, coaxing it under his breath the way he talks to the helm.
}
{eva_taken()} is two metres from him. She has put down her coupling. She has turned round.
{
- not eva_spare: {eva_worf_hurt:Worf is down on one knee and his rifle comes up anyway.|Worf's rifle comes up.} {eva_order == 1:Your order and his.|Your order.} He fires once, and {eva_taken()} stops, and stands, with her boots still locked to the dish, and does not move again. Hawk, on the channel, makes a sound that is not a word.
- eva_dish.rim.spare: You said nobody fires on her. Nobody does. She takes one step towards Hawk, and another, unhurried, and her hand comes up.
- else: Nobody fires. Nobody is sure, yet, whether she is coming for Hawk or only for the lock. Her hand comes up.
}
{eva_armoury.suits.tricorder:And your tricorder, on your wrist, is showing you what Hawk cannot see: three more drones coming round the mast behind him, on the side he is not looking at.|And behind Hawk, on the side of the mast he is not looking at, three more drones are coming round.}
* (warn_hawk) [Warn him, and go to him]
    "Hawk! Behind you! Leave the lock!"
    He turns, and sees them, and does what the best of them do: he does not freeze. He backs towards you across the dish with his rifle at his hip, firing low and steady, while you go to meet him and the drones come on and stop and come on. It costs the lock, for the moment.
    {not eva_hawk_close:You were too far round the dish. He is halfway to you when they reach him, one at his arm and one at the back of his helmet.}
    ~ eva_spend()
* (finish_lock) {eva_hawk_close} [Shield him while he finishes the lock]
    You put yourself between Hawk and the mast, {eva_armoury.suits.rifle:the rifle up|{eva_armoury.suits.torch:the torch lit in one hand and your hand phaser up in the other|your hand phaser up, the tricorder forgotten on your wrist}}, and you say, "Keep working, Lieutenant," as calmly as if it were a drill.
    {
    - eva_adapt: He keeps working. Two shots land; the third, as the hologram counted, is wasted, and they keep coming, and you give ground until your back is against his shoulders. Then the lock lets go with its great soft thud, and Hawk says "Six is free!" and you both run.
    - else: He keeps working. You fire, and fire again, and the drones learn the beam and keep coming, and you give ground a step at a time until your back is against his shoulders. Then under your boots the lock lets go with its great soft thud, and Hawk says "Six is free!" and you both run.
    }
* (let_him) [Leave him to it; he has the lock nearly free]
    You do not call out. He has the lock nearly free. If you call, he will turn; if he turns, he will lose it. You watch the three come round the mast behind him and you tell yourself there is time.
    There is not. The first drone's hand closes on the back of Hawk's helmet. The second takes his arm. He cries out on the channel, once, your name, your rank, and then something that is not either.
    ~ eva_hawk_close = false
- {eva_hawk_close: -> three}
-> seized

= seized
They are carrying him away. Not fast: there is no need. Two of them have Hawk between them, his boots dragging free of the hull, and they are walking him towards the edge of the dish where a hull plate stands open into the ship, and his legs are still moving, as if he could walk himself out of it.
{
- eva_time <= 0: Worf says, "Sir. There is no time," and he does not say for what. He means both.
- else: Worf says, "Sir," and only that. It is not his decision to make, and he will not make it for you.
}
* (after_hawk) [Go after him]
    You go. It is the only thing you have done all night without thinking first. {eva_armoury.suits.rifle:You fire the rifle at their legs, at their spines, at the place where their boots meet the hull, until it learns you, and then you turn the setting by hand and fire again.|You fire until the phaser is useless, and then you throw it, and then you have only your hands.} You get your hands on Hawk's suit. You pull. For a long moment the drones pull the other way, and then Worf is there beside you with his blade, and then they let go, because he is not worth this much to them, and you are all three sprawled on the dish with your boots scrabbling for the hull.
    Hawk is alive. There are two small punctures in his suit at the neck, sealed over already by the suit's own gel, and under them two small grey marks on his skin, and he is shaking so hard you can hear his teeth on the channel. But he is Hawk. He says, "Sir, I'm sorry, I'm sorry," until you tell him to stop.
    ~ eva_hawk_close = true
    ~ eva_spend()
* (keep_on) [Finish the locks. Let him go.]
    You turn back to the dish. You do not watch them take him to the hatch. You hear it, on the open channel, for a little longer than you would like: his breathing, and then his breathing changing, and then a sound like the sea, which is the Collective, and then the channel closes itself from his end.
    {eva_cold:Efficient. The voice does not say it; you do. You say it to yourself, in your head, and you hear how it sounds, and you go on.|You go on. You will go on thinking about it for the rest of your life, which may be short, and you go on.}
    {eva_watch:On the bridge, Lily has just watched you turn your back on him. You know it the way you know the cold through your gloves.|Worf says nothing. Later, when there is time for words, he will not use any about this either.}
    ~ eva_hawk = hawk_taken
- -> three

= three
{
- eva_locks_way.seized.keep_on: {eva_worf_hurt:Worf, limping, finishes the lock at six o'clock that Hawk had almost freed.|Worf finishes the lock at six o'clock that Hawk had almost freed.} It lets go.
- not eva_locks_way.hawk_turn.finish_lock: You go back to six o'clock together, and finish it, the three of you shoulder to shoulder, and the second lock lets go.
}
The last lock is at two o'clock: {eva_locks_way.split.each or eva_locks_way.split.pairs:still fast, because the fight took Worf off it before it would turn|nobody has reached it yet}, and a slow ring of drones stands between, {eva_alert:waiting, as all along|turning towards you one by one}. The only way round is over the mast.
"The array is charging, sir." The flower at the mast's top is open now, {eva_time <= 1:full of white light|a white coal deep inside it}.
{eva_time < 0:-> too_late}
~ eva_late = eva_time <= 0
Worf gives you the time, flatly, as he would give a range: "{eva_dish_minutes()}"
* (climb) [Let go of the hull and pull yourself over the mast]
    You unlock your boots.
    {
    - eva_ob >= 2: For a moment nothing happens. Then the ship goes away under you, not falling, only no longer being down, and you take the mast in both hands and climb, hand over hand, legs swinging free over the dish. The cable is warm. It hums in your bones, and you like it, and that frightens you more than the drop.
        At the top of the curve you let go and push, cross twenty metres of nothing with your arms out like a diver, hit the rim beside the last lock, lock your boots, and kneel at two o'clock with the drones all on the far side of the mast.
    - eva_hawk ? hawk_taken: For a moment nothing happens. Then the ship goes away under you, and you take the mast in both hands and climb. From halfway up you can see the plate at the dish's edge where they took Hawk in. You do not look twice.
        At the top you let go and push, cross twenty metres of nothing like a diver, hit the rim beside the last lock hard enough to hear it, and lock your boots. The drones are on the far side of the mast, turning, too slow.
    - else: For a moment nothing happens. Then everything does: the ship goes away under you, not falling, only no longer being down, and the mast is in front of you and you take hold of it with both hands and climb, hand over hand along its braided side, with your legs swinging free over the whole of the dish and the Earth turning at your back. The cable is warm under your gloves. It hums in your bones. You do not look down, because there is no down.
        At the top of the curve you let go and push, and cross twenty metres of nothing with your arms out like a diver, and hit the rim beside the last lock hard enough to hear it in your helmet, and lock your boots, and you are kneeling at two o'clock with the drones all on the far side of the mast, turning, too slow.
    }
* (through) [Walk straight through them]
    You walk straight at them. {eva_pl >= 1:You know how they see. You make yourself a thing that is not in their way: not a threat, not prey, only a man walking, and they let you pass, most of them.|Most of them let you pass; you are not yet in their way.} The last does not. It puts its hand out, and you take the hand by the wrist and turn it, and break it, and walk on, and hear nothing at all.
    ~ eva_hands = 1
- -> last

= too_late
There is not time for the last lock. You know it before Worf says it, the way you know a shot has missed before it lands. You can count where the minutes went: {deflector.learn.lily_look:Lily's eleven minutes over the housing on the bridge; }{eva_hull.walk.wait:the drone you waited out on the walk; }{deflector.learn.go && not eva_armoury.suits.tricorder:the locks you had to find on your knees; }{eva_locks_way.split.together:three men going lock by lock together; }{eva_locks_way.first.blade && not eva_locks_way.split.together:Worf's walk across the dish with his blade; }{eva_locks_way.worf_fight.go_to_worf:going to Worf; }{eva_locks_way.hawk_turn.warn_hawk:the lock Hawk left when you called him; }{eva_locks_way.seized.after_hawk:going back for Hawk; }{eva_plan >= 3:and all the margin a night on Deck Fifteen could give you, the whole plan known, spent anyway|and a night on Deck Fifteen that sent you out knowing {eva_plan >= 2:less than you needed|almost nothing}}. Every one of them was right, or near enough. Together they have spent the future, and you have perhaps ninety seconds left to decide what to do about it.
{
- eva_hawk_close: "Sir!" Hawk, at your shoulder, already has his rifle up on the base of the mast. "Sir, let me. Please. It's the only way now." He is pleading with you. He is right, and he knows he is right, and he is begging anyway.
- else: Worf has his rifle up on the base of the mast. "Sir. Lieutenant Hawk's way. It is the only way left." He does not plead. He waits.
}
You know what the feed will do. There is no time now to do anything about it.
* (fire_now) [Fire on the base of the mast]
    "Fire," you say. "Fire now."
    ~ eva_way = way_whole
    -> eva_whole.fire
* (hold) [No. The last lock. There is still time.]
    "No," you say. "The lock. There's still time." There isn't. You go for the lock anyway, because the other thing would burn through the decks beneath you, and because you have been saying no to that thing all night and you do not know how to stop.
    -> ending_beacon_called

= last
The last lock's cover is welded shut with green. {eva_armoury.suits.torch:You burn it open with the torch in four seconds.|You get your fingers under the edge and wrench, and it comes up at the third try with a piece of your glove left on it.} You turn the plate. You pull. You hold.
Nothing happens.
{
- eva_hawk ? hawk_taken: You hold. You count. Nobody counts with you; the channel where Hawk was is open and empty. Eleven. Twelve. On fourteen the last lock lets go, and the dish gives a long slow shrug, like a sleeper turning over.
- eva_bev >= 1: You hold. You count, as Beverly counts, and wonder what she is counting tonight on Deck Eleven. Eleven. Twelve. On fourteen the last lock lets go, and the dish gives a long slow shrug, like a sleeper turning over.
- else: You hold. You count, as Beverly would count. Eleven. Twelve. On fourteen the last lock lets go, and you feel it through the whole length of your body, and the dish under you gives a long slow shrug, like a sleeper turning over.
}
The array lifts a metre out of its cradle and hangs there, held only by the main feed conduit at its root, still humming with the warp core's power.
{
- eva_armoury.suits.torch: You lay the torch's little blue blade across it.
- eva_armoury.suits.rifle: You put the rifle's muzzle to it.
- else: You put your phaser to it.
}
{
- eva_hawk ? hawk_taken: And out of the open hull plate at the edge of the dish, walking, comes Hawk.
    -> hawk_back
- else: -> cut
}

= hawk_back
{eva_route == 2:On Deck Fifteen tonight {holo_hide.pass.dance:you danced while one of your own walked past Lily's back|you sat still at a table while one of your own walked past}. This one is walking to you.|}
He has no helmet. He does not need one any more. The left side of his face is grey and smooth and set with something black at the temple, and his right eye is still his, and still blue, and it does not know you. He walks across the dish towards you with his boots locking and unlocking in a rhythm that is not his, and his hands open, and the drones part to let him through, because he is one of them, and they have sent him because he knew you.
{eva_pl >= 1:The voice says his designation. You do not listen to it. You listen to it anyway.}
{
- eva_worf_hurt: Worf is forty metres away, on one knee, his hand clamped to the seal at his hip.
- else: Worf is forty metres away, and coming, and will not be in time.
}
* (kill_hawk) [Stop him. With your hands.]
    He reaches you, and you stop him. There is no other way to say it. You know where the tubes go, and where the implant sits, and how the two are joined, because once they were joined in you; and you take hold of Sean Hawk, who flew your ship into a hole in time and asked to come back here one day just to look, and you stop him.
    It takes longer than you would have believed. His right eye is open the whole time.
    Afterwards you let go, and his boots stay locked, and he stands on the dish with his head bowed as if he were thinking something over. You leave him there. You do not know how to do anything else.
    ~ eva_hawk = hawk_lost
    ~ eva_hands = 2
* (call_worf) [Call for Worf, and hold him off]
    "Worf!" You get the {eva_armoury.suits.torch:torch|weapon} between you and Hawk and you give ground, step by step, along the rim, and Hawk follows, reaching, patient, saying nothing.
    Worf comes. {eva_worf_hurt:He comes on a leg that will not bend, with one hand still at his hip,|He comes across the dish faster than anyone can in magnetic boots,} and he does not ask you anything. He puts the mek'leth into Hawk from behind, once, exactly, the way he would do it for a friend of his own house, and holds him while it is done, and lays him down on the dish.
    "He was a warrior," Worf says. "I will not have them use him." His voice on the channel is perfectly steady. It is the only thing about him that is.
    {eva_order == 1:You gave the order on Deck Sixteen: the taken, fired on first. Worf has kept it for you, on a boy who asked to come. You will not be able to say it was his order and not yours.|Afterwards he stands a long moment with the blade lowered, as if waiting to be told he did wrong. You do not tell him. You do not tell him he did right, either; you cannot find the words, and he does not ask for them.}
    ~ eva_hawk = hawk_lost
* (let_hawk) [Step aside. Let him pass.]
    You step back from the lock. You let him come, and you let him pass you, close enough to touch, and he does not touch you. He is not here for you; he is here for the feed. He kneels at the conduit where it rises from the cradle and sets his grey hand on it, tender as a man with an animal, and begins to mend what you have done.
    And that, you realise, is what they sent him for: not to kill you, but to make you watch. You cannot cut the feed with Hawk's hand on it without cutting Hawk.
    Worf reaches you. He sees it all at once. He does not draw the blade. He takes Hawk under the arms, gently, and lifts him off the conduit and away, and Hawk lets him, the way a sleepwalker lets you lead him back to bed; and the drones come, and take Hawk from Worf's arms, and walk him back towards the open hull plate, into the ship. You let them. It costs you a minute you do not have, and it costs Worf something you will never know the size of.
    {eva_late:
        -> sends
    }
- -> cut

= sends
Worf looks up at the array over your heads. The white light at its heart has begun to pulse.
"Sir," he says. "It is sending."
-> ending_beacon_called

= cut
{
- eva_armoury.suits.torch: The torch goes through the feed conduit in a long bright second. Sparks, silent, white, go off into the dark like seeds.
- else: You fire into the feed conduit at its root, point-blank, and keep firing, and the conduit parts in a spray of silent white sparks that go off into the dark like seeds.
}
The array is free.
The whole mast drifts up off the dish, turning, still full of white light, towards the stars it was pointed at.
The drones on the dish stop working. All at once, all of them, as if a single thread ran through them and you had cut it. They stand on the face of the dish and look up at it going.
~ eva_way = way_locks
-> push

= push
It is still too close. If it fires now, it fires from a hundred metres off your bow, and a hundred metres is nothing to a signal that can cross a galaxy.
{
- eva_hawk_close: Hawk sees it first. "Sir, it's still live! It can still send!"
- else: Worf sees it first. "It is still live," he says.
}
{
- eva_worf_hurt && not eva_hawk_close: You are the one standing. You raise {eva_armoury.suits.rifle:the rifle|your phaser} and fire into the flower at the top of the drifting mast, where the white is, and fire, and it adapts, and you fire on a setting you choose as your finger moves, and the light goes out of it like a lamp turned down.
- else: {eva_hawk_close:Hawk's rifle and Worf's|Worf's rifle and {eva_armoury.suits.rifle:yours|your phaser}} come up together and fire into the flower at the top of the drifting mast, where the white is, and fire again, and it adapts, and {eva_hawk_close:you all three|you both} change settings by hand and fire again, and at last the light goes out of it like a lamp turned down.
}
Then Worf, who has not fired his last shot, fires it, and the whole array breaks apart into a long slow scatter of pieces, turning, catching the sunlight off the Earth, going away.
Worf says something in Klingon that the suit's translator declines to render. {eva_hawk_close:Hawk asks what it meant. "An invitation," Worf says, "to take what they came for." Hawk laughs, shakily, and has to stop.|You do not ask. You have a fair idea.}
-> eva_back

// Hawk's way: the beacon shot whole at its base, with the feed cut first or not.
=== eva_whole ===
-> risk

= risk
"Sir." Worf has not moved. "The feed."
"I know, Mr. Worf."
{eva_transit:"With the feed live, it goes down into Decks Twenty to Twenty-Six," Worf says. "Where the hologram logged our people taken."|"With the feed live, it goes down into Decks Twenty to Twenty-Six, forward," Worf says on the open channel. "Their alcoves. And the ones they took."}
{eva_spare:Hawk has gone still. "There's a coupling at the base. Close it by hand and the shot takes only the beacon." He does not say who kneels at it.|Hawk has gone still. "There's a coupling at the base. Close it by hand first and the shot only takes the beacon. Somebody would have to walk into the middle of them."}
{eva_time < 1:"There is no time for that," Worf says. "Not now." He is right. You can see it on the mast: the white has begun.}
* (send_worf) {eva_time >= 1} [Close the feed first. Send Worf.]
    "Mr. Worf. Close the coupling."
    "Sir." He goes. It is what he wanted you to say, and you know it, and you sent him anyway, because of the three of you he is the one most likely to walk into the middle of them and walk out.
    -> feed
* (go_self) {eva_time >= 1} [Close the feed first. Go yourself.]
    "Stay with Hawk, Mr. Worf. Keep them off him. The coupling's mine."
    Worf opens his mouth. You look at him. He shuts it, and moves to stand beside Hawk with the mek'leth drawn, and you walk down into the dish alone.
    -> face
* (fire_live) [No time. Fire now, with the feed live.]
    "There's no time for the coupling. Fire, Mr. Hawk."
    Worf turns his head. "Sir—"
    "I heard you, Mr. Worf. Fire."
    -> fire

= feed
Worf walks down the slope of the dish into the drones.
{eva_alert:They know him. Two of them turn at once.|For the first ten metres nothing happens.} Then one of them steps into his way, and he kills it with the mek'leth without breaking stride, and another, and he reaches the base of the mast where the coupling sits in its housing under the feed, and kneels, and {eva_taken()} is standing beside him, working, a hand's breadth from his shoulder. He does not touch her. He puts his hands into the housing.
{
- eva_order == 1: On Sixteen your order was to fire on the taken first. His rifle is slung across his back, a hand's breadth from her, and he leaves it there. You did not tell him to. He has decided that for himself, and will not mention it.
- eva_spare: You said nobody fires on her, and he works with her shoulder against his, the two of them kneeling together at the same housing like shipyard hands on a late shift, one of them building and one of them taking it apart.
- else: She does not look at him. He does not look at her. It is a kind of courtesy, and you have never seen him offer it to anyone.
}
A drone comes at his back.
{eva_sealed:Its hand closes on his hip. The seal holds, the one you remade in the armoury; its fingers skate off it, and Worf turns on one knee and takes its arm off at the elbow and turns back to the coupling as if he had brushed off a fly.|Its hand closes on his hip, on the seal where the mek'leth's clip sits, and the seal opens. A plume of white goes up out of him and freezes into glitter. You hear him grunt on the channel. He does not stop. He closes the coupling with one hand and holds his hip shut with the other, and only then does he turn and kill the drone.}
{not eva_sealed:
    ~ eva_worf_hurt = true
}
"The feed is closed," Worf says. His voice {eva_sealed:is quite even|is thick, and a long way off}. The hum under your boots changes its note and dwindles and is gone. The array's white light does not go out, but it stops growing.
{eva_data == 2:"Commander Data would have done it in half the time," he adds, and you hear what the name costs him out here.|He climbs back to the rim without hurrying, as a man walks home from a night's work.}
-> fire

= face
You walk down the dish into the drones. {eva_heard:You know how to walk among them. You have known all night. You make yourself a thing that is not in their way, and they let you through, one after another, as if you were water.|Nobody stops you. You are not in their way yet. You keep it so: a slow walk, empty hands, eyes down, the way you would cross a field of sleeping animals.}
The coupling is at the base of the mast, in a housing under the feed. {eva_taken()} is kneeling at it.
She is in your way.
She looks up at you. One of her eyes is still brown, still hers, and there is nothing in it at all; and then there is something, a flicker, as if she had heard her name called down a very long corridor. {eva_warned:You remember her laughing in the mess at a joke she didn't quite follow.|You remember her in engineering this morning asking Porter, in a whisper, whether it was true that the captain had been one of them once. It is true, Ensign. Look at him.}
* (move_her) [Take her hands, gently, and move her aside]
    You kneel, and take her hands in yours, and lift them off the coupling. She lets you. You do not know why. Perhaps she is not in their way either, now, for this minute; perhaps something of her lets you. You move her back from the housing a metre, two, as you would move a sleepwalker, and set her hands at her sides, and she stands there, and does not go back to work.
    Then you close the coupling. The hum under your boots dies. The white in the array stops growing.
* (stop_her) [She is in the way. Stop her.]
    She is in the way, and there is no time, and you know how. You take her by the tubes at her throat, and she does not fight you, and it is over very quickly. You lay her down on the dish with her boots still locked, and close the coupling beside her, and the hum under your feet dies.
    {eva_cold:You did not hesitate. You will remember, later, that you did not hesitate.|Your hands are steady. They should not be.}
    ~ eva_hands = 2
- {
- eva_dish.rim.reach: Hawk, up on the rim, says her name on the channel, very quietly, and nothing else.
- else: Up on the rim, nobody says anything at all.
}
{eva_whole.face.move_her:
    While you were down among them with your hands full, the drones on the rim remembered Hawk. Worf held them. He held them the way a cliff holds the sea, and when you climb back up the slope to the rim there are four drones adrift off the dish and Worf is standing over Hawk with his blade out{eva_sealed: and his suit whole|, one hand clamped over the seal at his hip where the mek'leth's clip sits, and a trail of frozen glitter going away from him into the dark}.
    {not eva_sealed:
        ~ eva_worf_hurt = true
    }
}
-> fire

= fire
{
- eva_whole.risk.fire_live or eva_locks_way.too_late: The feed is live. Everyone on the dish knows what that means, and nobody says it.
- else: The feed is dead. The shot will take the beacon and nothing else. You hope.
}
{
- eva_hawk ? hawk_taken:
    There is no Hawk to fire it. Worf brings up his rifle.
- else:
    Hawk sights on the base, and for one second looks at you.
}
* (let_fire) [Let him fire]
    "Fire," you say.
* (take_rifle) [Take the rifle and fire it yourself]
    You take the rifle out of {eva_hawk ? hawk_taken:Worf's|Hawk's} hands. {eva_hawk ? hawk_taken:He lets you.|He lets you. He looks relieved, and then ashamed of looking relieved.} Your ship, your order, your hand.
    {eva_whole.face.move_her:{eva_taken()} is still standing where you left her, a metre from the base, her hands at her sides. You look at her along the barrel. You fire anyway.|{eva_locks_way.hawk_turn && not eva_spare:You fire.|{eva_taken()} is at the base of the mast, working. You look at her along the barrel. You fire.}}
    {eva_locks_way.hawk_turn && not eva_spare:
        ~ eva_hands = 1
    - else:
        ~ eva_hands = 2
    }
- The shot goes into the base, and for a moment nothing happens.
{
- eva_whole.risk.fire_live or eva_locks_way.too_late: -> backflash
- else: -> clean
}

= clean
Then the base opens in a silent flower of white that blacks your visor, and when you can see, the mast is falling away in three slow pieces, and the drones at its base are gone, and {eva_whole.face.move_her:so is {eva_taken()}, who was standing a metre away with her hands at her sides where you put her|so is everything that was near it}.
The white goes out of the array like a lamp turned down. After a long silence Worf says something in Klingon that the translator declines to render.
{eva_hawk ? hawk_taken:You do not ask what it meant.|Hawk asks what it meant. "It was an invitation," Worf says, "to take what they came for." Hawk laughs, and it comes out wrong, and he stops.}
The dish is a crater; the Enterprise will have no main deflector this side of a drydock. But the decks beneath it are whole, and the beacon goes away in pieces into the dark it was meant to call.
~ eva_way = way_whole
-> eva_back

= backflash
Then the feed answers.
The dish jumps under your boots like a struck drumskin. The base opens in white, and under it a second light runs down the conduit into the ship, forward and down, deck after deck, and the plating glows and buckles where it goes.
Decks Twenty to Twenty-Six, forward. The drones had their alcoves there. So did the ones they took.
{
- eva_hawk ? hawk_taken: The shock throws Worf off his feet. His boots hold; his body does not, and you hear the air go out of him on the channel, and then come back, ragged.
    {not eva_worf_hurt:
        ~ eva_worf_hurt = true
    }
    -> burned
- else: The shock throws Hawk off the hull. His boots let go, and he is a metre above the dish, then two, turning slowly, arms out, with nothing between him and the Earth.
}
* (catch) [Unlock your boots and go after him]
    You unlock your boots and push. You go off the dish after him like a man diving off a pier, and you get one hand on his boot, and then both hands, and then there is nothing under either of you for a long, long, silent moment, and you think: well. There it is.
    Then something has your ankle in a grip like a docking clamp. Worf, flat on the dish with his boots locked and his arm at full stretch, is holding the two of you to the ship by one hand. He pulls you in. He does not say anything about it. He does not need to.
    ~ eva_hawk = hawk_alive
* (hold) [Keep your boots locked. You cannot reach him.]
    You cannot reach him. You know the distance and the speed and your own arm's length, and you know it before he has finished turning, and you keep your boots locked to the hull of your ship.
    He is saying something on the channel. It is not "sir." It is a name, somebody's in Ohio, perhaps. He is not afraid, or he does not sound it. He goes away from you towards the Earth, turning, smaller, a white speck against the Pacific, and then you cannot tell him from the light.
    ~ eva_hawk = hawk_lost
- -> burned

= burned
The beacon is gone: in pieces, turning, going away from the Earth at a walking pace into the dark it was meant to call.
And under your boots your ship is burning. On the channel the ops officer reads out sections that have stopped answering.
{eva_pl >= 1:And the murmur under the silence, that has been with you all night, goes quiet: not gone, only fewer. Many fewer. The voice, when it comes back, sounds almost like grief, and almost like approval.|You stand on the dish and count the sections as she reads them, because it is the only thing left to do with your hands.}
~ eva_way = way_burned
-> eva_back

// The third way: Picard walks among the drones and uses the Collective's own voice on them.
=== eva_voice ===
-> in

= in
You walk down the slope of the dish into the drones, and as you go you open the door.
{
- eva_pl == 2: It was never closed. Since the cube this morning it has stood wide, and you have been standing in the doorway all night pretending to look the other way. Now you turn round and walk through it.
- eva_pl == 1: It has stood ajar since this morning, over Earth, when you listened to win a battle. You put your hand flat on it now, and push.
- else: You have kept it shut all day, the whole of the longest day of your life. You had no idea, until you stand here with your hand on it, how little it would take. It opens at a touch. It has been waiting for the touch.
}
It is a tide over a flat shore, fast and calm and enormous, and it knows you. It says the name it has for you, and something old and grey in you sits up and answers.
Every drone on the dish stops and turns to you. They are not attacking. They are waiting for you.
{eva_warned:Abara turns with them. Her one brown eye finds you, and there is no kindness in it now, and no joke she has failed to follow; only attention, total and patient.|Haddad turns with them. She looks at you the way she looked at the warp coils she drew on her breaks: as a thing to be got exactly right.}
* (still) [Tell them the work is finished. Stand still.]
    You do not speak. You think it, in the grammar you had almost forgotten: this work is complete; this unit is done; stand. It goes out of you like a breath. It is very easy. It is the easiest thing in the world.
    The drones stand still. All of them, all over the dish, like a field of statues with the sun on them. {eva_taken()} stands with her coupling in her hands and her one brown eye on you, and does not move.
    "Worf," you say aloud, and your voice sounds strange to you, as if it had to come from a long way off. "Hawk. The locks. Now. I can't hold this long."
* (undo) [Tell them to release the locks themselves]
    You do not speak. You think it, in the grammar you had almost forgotten: the cradle is flawed; the array must be freed from it; release the holds. It is a lie, and the Collective does not lie, and so it has no defence against one. It is very easy. It is the easiest thing in the world.
    Three drones walk to the rim, to two o'clock, to six, to ten, and kneel, and open the covers, and turn, and pull, and hold. You feel each lock let go through your boots, one, two, three: the great soft thuds of the only sounds you will hear out here. They are unbuilding their own work, carefully, because you asked. {eva_taken()} is one of them. She is very good at it.
    "Worf," you say aloud, and your voice sounds strange to you, as if it had to come from a long way off. "Hawk. Be ready. When it lifts, cut the feed."
- -> hold

= hold
{eva_voice.in.still:Worf and Hawk move across the dish through the standing drones, and neither of them looks at any of them, and neither of them looks at you. You hear the first lock let go through your boots. Then the second.|The array stirs in its cradle. It is nearly free.}
And the tide, now that you are standing in it, begins to speak to you.
It shows you round, like a host: the ship, nearly theirs; the road to the Delta Quadrant; and in engineering a stillness it is curious about, not flesh and not quite machine. {eva_word:It is keeping something. It will not say what.|It has not been promised anything by anyone. It is alone with us.}
Data. It is showing you Data. It would show you more, if you stayed.
* (listen_data) [Stay in it a little. Look for Data.]
    You stay. You let it show you. Engineering, cold and dim, and Data in the middle of it, quite still, and something being done to his arm, patiently, with great care, by someone who has all the time in the world. {eva_data == 2:He pulled you out of that room. You put him in it.|You left him in that room.} He is alive. He is himself, still, for now. You know it the way you know your own hand is warm.
    {eva_word:You told him you would come back. It shows you that he is still waiting, and that it knows what for, and finds it touching.|Nobody told him anyone was coming. It shows you that too, gently, as a kindness, which is the worst thing it could do.}
    And while you look, the tide comes in over the place where you were standing, and for a moment, a long moment, there is no one on the dish but it.
* (hold_self) [Hold on to something of your own]
    You hold on. You reach for something that is only yours and put your weight on it, the way you would put your weight on a rail in heavy weather.
    {
    - eva_lily2: You find Lily, of all people: Lily in the doorway of the turbolift, asking which one of you was going out there. You hold on to the question. It is a good rail. It is not the Collective's; it would never think to ask it.
    - eva_away: You find the Phoenix, of all things: the cold of its hull under your bare hand in the silo, welded by people who had nothing and built it anyway. You hold on to that. The Collective has never built anything for the joy of it.
    - else: You find your brother's vineyard, of all places: the dust in the rows, and Robert shouting at you about the weather. You hold on to that. The Collective has never been shouted at by its brother.
    }
* (say_nothing) [Say nothing to it. Only hold the drones.]
    You give it nothing. You do not answer, you do not look where it shows you; you hold the drones still the way you would hold a heavy door against a wind, and you count. Beverly counts when she is afraid. You had not known, until now, that you had learned it from her.
- -> call

= call
{eva_voice.in.undo:The third lock lets go. The array lifts out of its cradle, a hand's breadth, then a metre, and hangs there, held to the ship only by the main feed at its root.|The third lock lets go under Worf's hands. The array lifts out of its cradle, a hand's breadth, then a metre, and hangs there, held to the ship only by the main feed at its root.}
"Sir!" Hawk, on the channel, very close. He has come down into the dish to you. You did not see him come. "Sir, it's done, it's free, come back. Sir? Captain Picard!"
He is calling your name. The tide is calling another one.
* (come_back) [Come back]
    You come back. It is like climbing out of deep water in wet clothes; everything pulls. You close the door, or you shut it as far as it will go now, which is not as far as it went this morning.
    {eva_watch:On the bridge Lily has been watching a man stand among them with his arms at his sides. You wonder what that looked like from up there, and you know.|}
    The drones wake. All at once, all over the dish, they come back to themselves and find you standing among them. Hawk has you by the arm. You run, the two of you, as fast as boots will let you, which is not fast, back up the slope of the dish, and behind you they come, unhurried.
    {eva_sealed:Worf meets you at the rim, and holds it, and they do not get past him.|Worf meets you at the rim, and holds it; and one of them gets its hand on the seal at his hip where the mek'leth's clip sits, and the seal opens, and white goes up out of him in a plume of glitter. He kills it. He gets the patch on with his other hand. He does not say a word.}
    {not eva_sealed:
        ~ eva_worf_hurt = true
    }
    ~ eva_hawk = hawk_alive
* (send_off) [Before you go: send them off the dish]
    Before you go, you give one last instruction. You do not have to think hard about it. It is the most natural thing in the world.
    Go, you tell them. Unlock. Let go of the hull.
    They do. All of them, all over the dish, at once: they unlock their boots, and the ship lets go of them, and they rise off the face of the dish like seeds off a dandelion, slowly, turning, towards the stars. Twenty of them. More. {eva_taken()} among them, her coupling still in her hands, her one brown eye still open.
    Hawk, beside you, makes a sound on the channel that you will hear for a long time.
    {eva_order == 2:Bring back anyone who can be reached, you told them on Sixteen. You have just sent twenty beyond reaching, with a thought, and it did not feel like anything at all.|}
    Then you come back. You come back easily. That is the worst of it.
    ~ eva_hands = 2
    ~ eva_hawk = hawk_alive
* (stay_in) [Stay a moment longer. There is more to learn.]
    You stay. There is so much more. Where the rest of them are on the ship, how many, what they want with the warp core, where the one who speaks for them waits, and why she waits. It is all there, offered, open, and you are so close to it.
    Hawk has you by the arm. He is pulling. He is saying your name. And the tide, which was holding the drones still because you asked it to, stops holding them, because you have stopped asking.
    By the time you come back, there are three drones round Hawk, and they have him. He looks at you over their shoulders with his mouth open, and then he is going away across the dish between them, towards the open hull plate at its edge, and into the ship.
    Worf reaches you as the hatch swallows him. Worf looks at you, and you understand that he saw all of it, and that he will never speak of it to you, and that this is the worst thing he could do.
    ~ eva_hawk = hawk_taken
- -> cut

= cut
The array hangs over the dish on its feed, humming, still full of white.
{
- eva_worf_hurt: Worf, one hand at his hip, puts his blade to the feed conduit at its root, and leans on it, and the conduit parts in a spray of silent white sparks that go off into the dark like seeds.
- else: Worf puts his blade to the feed conduit at its root and parts it in one stroke, in a spray of silent white sparks that go off into the dark like seeds.
}
The array rises off the dish, turning. {eva_hawk ? hawk_alive:Hawk, Worf and you|Worf and you} fire into the white at its heart, change settings by hand, fire again, until the light goes out like a lamp turned down and Worf's last shot breaks it into pieces.
Worf says something in Klingon that the suit declines to translate. You do not ask him what it was.
{eva_pl >= 1 or eva_ob >= 2:The tide goes out, not all the way. It leaves you wet to the knees, and it knows you came to it. Somewhere in the ship under your feet, someone has been told.|The tide goes out, almost all the way, leaving a taste like salt, and the certainty that somewhere in the ship below someone has been told what you did.}
~ eva_way = way_voice
-> eva_back

// The way back: the dish behind them, the airlock, the bridge, and what it cost.
=== eva_back ===
-> rim

= rim
{
- eva_way ? way_burned: The last pieces of the mast turn away in the earthlight. Under your boots the ship is still hot. # scene: The deflector dish
- eva_way ? way_whole: The last pieces of the mast turn away in the earthlight. Under your boots the ship is cool and whole. # scene: The deflector dish
- else: The cradle is empty. # scene: The deflector dish
}
{
- eva_way ? way_voice && eva_voice.call.send_off: There are no drones on it. You sent them all away.
- eva_way ? way_burned: The drones near the mast are gone. The rest stand where the shock left them.
- else: The drones left stand still.
}
{
- eva_hawk ? hawk_lost && eva_locks_way.hawk_back.kill_hawk: Hawk is standing where you left him by the last lock, his boots locked to the dish, his head bowed. You cannot take him in. You cannot leave him. You stand and look at him for as long as you can bear to, which is not long.
- eva_hawk ? hawk_lost && eva_locks_way.hawk_back.call_worf: Hawk lies on the dish where Worf laid him down. Worf kneels beside him and does something you do not understand and do not ask about, with his hand on Hawk's chest, and then gets up.
- eva_hawk ? hawk_lost: Somewhere out there, towards the Earth, too small to see now, is Sean Hawk. You look for him anyway. You look for a long time.
- eva_hawk ? hawk_taken: The hull plate at the edge of the dish, where they took Hawk into the ship, has closed behind him. {eva_pl >= 1:Under it the murmur has one voice more, and you do not listen for his.|There is no handle on this side. You look for one anyway.}
- eva_way ? way_whole: Hawk stares at the crater his idea made.
- else: Hawk is beside you, breathing much too fast.
}
{not eva_back_taken_alive():
    -> walk_back
}
-> taken_one

= taken_one
{eva_taken()} stands at the foot of the empty cradle with her hands at her sides. With no beacon to build she does nothing, perfectly still, earthlight on half her face.
* (carry) [Bring her in]
    "We're taking her in." Nobody argues. Worf takes one arm and you the other, and she comes as if led to a chair. Whether Beverly can do anything for her, you do not know. You are not leaving her on the outside of your ship.
* (leave) [Leave her. You cannot carry her and fight.]
    "We leave her. We can't carry her and fight our way in." It is true, and the sort of true you will have to live with.
    {eva_dish.rim.reach:Hawk says nothing at all, all the way back.}
- -> walk_back

= walk_back
You walk back. # scene: The hull
{
- eva_back.taken_one.carry: {eva_taken()} walks between you and Worf where she is led, her boots locking and unlocking a half step behind yours{eva_worf_hurt:, and Worf walks on a leg that will not bend, and does not let go of her arm|}. Nobody speaks. Once she stops, and turns her face towards the Earth, and you wait, all three of you, until she walks on.
- eva_worf_hurt: Worf walks on a leg that will not bend, a hand pressed to the patch at his hip. You keep listening for his breathing between your own.
- eva_hands >= 1: Worf walks ahead, not looking at your gloves.
- else: Worf walks ahead, checking each plate for you.
}
* (worf_arm) {eva_worf_hurt} [Take Worf's arm]
    You take his arm. He stiffens, and for a moment you think he will shake you off. Then he lets you. The two of you walk the rest of the way like that, locked to the hull and to each other, and neither of you mentions it then or afterwards.
* (worf_alone) {eva_worf_hurt} [Let him walk it alone. He would want that.]
    You let him walk. You walk a step behind, where you can catch him if the leg goes, and where he does not have to see you ready to.
* (thank_worf) {not eva_worf_hurt} [Thank him]
    "Mr. Worf. Thank you."
    {eva_sealed:"You checked my seal, sir," he says after a while. "I would not have checked it myself."|"It was a good fight, sir," he says after a while. Then, lower: "I would have wished it to cost less."}
* (say_nothing) [Walk in silence]
    {eva_pl >= 1:You let the silence be. It is not total: the murmur walks back with you, a step behind.|You let the silence be what it is out here: total, and the last of its kind for a while.}
- -> airlock

= airlock
{eva_way ? way_burned:Air comes back, smelling of home and of burning. Your face is wet.|Air comes back, smelling of home and of the Borg. Your face is wet.} # scene: Forward airlock
{
- eva_worf_hurt && eva_bev >= 2: Beverly is waiting on the far side of the inner door, because of course she is. She gets Worf down onto the deck and his suit open at the hip before he can object, and her hands are quick and sure, and her left sleeve is pulled down all the way to the knuckle, and once when she reaches for her tricorder she winces and turns it into a frown.
- eva_worf_hurt && eva_bev >= 1: Beverly is waiting on the far side of the inner door, because of course she is, with the grey dressing on her arm where anyone can see it. She gets Worf down onto the deck and his suit open at the hip before he can object. "Vacuum burns," she says. "Frozen blood in the left lung. You stubborn, stubborn man. Lie still."
- eva_worf_hurt: Beverly is waiting, of course. She has Worf's suit open at the hip before he can object. "Vacuum burns. Frozen blood in the left lung. You stubborn man. Lie still."
- eva_bev == 1: Nobody is waiting. Beverly has thirty people and one good arm.
- else: Nobody is waiting.
}
{
- (eva_hawk ? hawk_alive) && (eva_locks_way.seized.after_hawk or eva_whole.backflash.catch): Hawk sits down on the airlock's bench with his helmet in his lap and does not move. {eva_locks_way.seized.after_hawk:The two grey marks on his neck are the size of pinheads.|His hands will not stop shaking.} "You came after me," he says, to nobody, to the floor. "You came after me." He seems unable to get past it.
- eva_hawk ? hawk_alive: Hawk breathes the bad air as if it were the best he ever had.
- else: The bench where Hawk should be sitting is empty. Worf watches you look at it.
}
* (hawk_word) {eva_hawk ? hawk_alive} [Sit down beside Hawk]
    {
    - eva_way ? way_whole: You sit beside him. "A good idea, Mr. Hawk, once the feed was shut." He laughs, wetly.
    - eva_way ? way_burned: You sit beside him. Neither of you says anything about the decks below.
    - else: You sit beside him and tell him he can have the conn back when there is a ship to fly. He laughs, wetly.
    }
* (hawk_gone) {not (eva_hawk ? hawk_alive)} [Say his name]
    "Sean Hawk," you say to the empty bench, because someone should say it aloud in air. "Lieutenant. Conn."
    Worf takes off his helmet and sets it down on the bench, where Hawk's would have gone, and leaves it there.
    {eva_hawk ? hawk_taken:He is in the ship, among them. You will see him again, and you do not know whether to hope for it.|He asked to come back out there one day, just to look. He is out there now.}
* (go_on) [Get up. There is the rest of the ship.]
    {
    - eva_hands >= 1: You get up. Data is still in engineering. Your hands are steady, and you know now what they can do.
    - eva_word: You get up. Data is still in engineering, keeping the codes and your promise.
    - else: You get up. Data is still in engineering. Your hands are quite steady, as if they were someone else's.
    }
- -> eva_recap

// ---------------------------------------------------------------------------
// The chapter's close: what happened out there reaches the story's running scores, and the recap.
=== eva_recap ===
// Chapter Three leaves the obsession and Lily's trust as it found them: what it
// costs is carried in eva_hawk, eva_way, eva_worf_hurt and eva_hands, and
// written into what Lily says. (Nothing out there reads the two scores, so the
// verifier can carry them beside its key.)
{
- eva_watch: Lily is by the rail where you left her. She has watched all of it. # scene: USS Enterprise, the bridge
- eva_lily && eva_bev == 3: Lily is on Deck Eleven. Beverly says she heard it all on the comm, one hand holding the doctor's bad arm still. # scene: USS Enterprise, the bridge
- eva_lily: Lily is on Deck Eleven. She heard it on the comm; Beverly says she covered her ears for the worst and then took her hands away. # scene: USS Enterprise, the bridge
- eva_hawk ? hawk_alive: Lily is on Deck Eleven, still. She has not asked after you, Beverly says. She has asked after Hawk. # scene: USS Enterprise, the bridge
- else: Lily is on Deck Eleven, still. She asked after Hawk, Beverly says, and Beverly did not know what to tell her. # scene: USS Enterprise, the bridge
}
{eva_watch:
    {
    - eva_way ? way_voice: "You walked in among them," she says. "And they stopped. They all just... stopped, and turned round, and looked at you like you were one of them." She swallows. "{eva_voice.call.send_off:And then you sent them off into space. All of them. That girl too. Like you were throwing out the trash.|Like you were the one in charge of them.} Picard, what are you?"
    - eva_hands >= 2: "I saw what you did with your hands," she says. Nothing else.
    - eva_way ? way_burned: "The screen went white," she says, "and then your officer started reading out numbers, and the numbers were people, weren't they? Decks. With people on them." She looks at you. "You knew that'd happen. Before you did it."
    - (eva_hawk ? hawk_alive) && (eva_locks_way.seized.after_hawk or eva_whole.backflash.catch): "You went after him," she says. "I watched you. You went after the kid when you didn't have to." She looks at you as if she has had to change her mind about something, and does not altogether like it.
    - not (eva_hawk ? hawk_alive): "I watched the whole thing," she says. "They sent the kid back out of that hole to you." Her voice goes flat. "I saw what your big friend did. I saw you let him."
    - eva_way ? way_whole: "I watched the whole thing," she says. "You blew the roof off to save the house." She lets out a breath. "You came back."
    - else: "I watched the whole thing," she says. "It looked like three men fixing a roof in the middle of the night. Until it didn't." She lets out a breath. "You came back."
    }
}
On the viewer: {eva_way ? way_locks or eva_way ? way_voice:a bare dish|a crater}. Nothing is calling anyone.
{
- eva_ob >= 2 && eva_hands >= 1: You should feel relief. Your hands remember the work out there, and want more.
- eva_ob >= 2: You should feel relief. You feel hunger for the Borg still aboard, all of them, and the hunger sounds pleased with you.
- eva_ob >= 1: You feel relief, a little. Under it something is not tired at all, and would like to go down to Deck Sixteen now.
- eva_way ? way_burned: You feel relief, and then, under it, the sum: seven decks, and who was kept on them. You carry both to the chair, because the ship is still theirs below Deck Ten, and Data is still in engineering.
- not (eva_hawk ? hawk_alive): You feel relief, and then your eyes find the empty conn, and the relief has to make room. The ship is still theirs below Deck Ten, and Data is still in engineering.
- else: You feel relief, plain and enormous, like setting down something heavy. Then you pick it up again, because the ship is still theirs below Deck Ten, and Data is still in engineering.
}
{
- eva_way ? way_locks: You took the dish the long way: three maglocks, and the beacon pushed off and shot to pieces. # recap
- eva_way ? way_whole: You took Hawk's way with the warp core's feed closed first: the beacon and the dish gone, the ship whole. # recap
- eva_way ? way_burned: You took Hawk's way with the feed live. The backflash burned Decks Twenty to Twenty-Six, forward, where the drones kept the ones they took. # recap
- else: You spoke to the drones in the Collective's own voice, and they {eva_voice.in.undo:unbuilt their own beacon for you|stood still while Worf and Hawk released it}. Somewhere in the ship, someone has heard that you came. # recap
}
{
- eva_hawk ? hawk_alive: Lieutenant Sean Hawk came back alive{eva_locks_way.seized.after_hawk:, with two grey marks on his neck, because you went back for him|{eva_whole.backflash.catch:, because you let go of the ship to catch him and Worf held on to you}}. # recap
- eva_hawk ? hawk_taken: Lieutenant Sean Hawk was taken into the ship by the drones{eva_voice.call.stay_in: while you stood in the Collective's voice a moment too long|{eva_locks_way.hawk_back.let_hawk:, and when they sent him back for you, you let him go past|, and you finished the locks}}. He is one of them now, somewhere below. # recap
- eva_locks_way.hawk_back.kill_hawk: Lieutenant Sean Hawk was taken on the dish and sent back for you, and you killed him with your own hands. # recap
- eva_locks_way.hawk_back.call_worf: Lieutenant Sean Hawk was taken on the dish and sent back for you, and Worf gave him a warrior's death so that the Collective could not use him. # recap
- else: Lieutenant Sean Hawk was thrown off the dish by the backflash, and you kept your boots locked, and he is somewhere between the ship and the Earth. # recap
}
{
- eva_worf_hurt: Worf's suit failed. He came back with vacuum burns and frozen blood in one lung, and has said nothing about it. # recap
- else: Worf came back whole{eva_sealed:, in a suit whose hip seal you remade in the armoury|}. # recap
}
{
- eva_hands >= 2: {not eva_locks_way.hawk_back.kill_hawk:{eva_voice.call.send_off:With a thought, you sent every drone on the dish into space, {eva_taken()} among them.|{eva_taken()} died on the dish by your hand.}} You can no longer say you have never killed one of your own crew. # recap
- eva_hands == 1: {eva_cold:You killed with your own hands out there, and it was easy.|You killed with your own hands out there, and it was not as hard as it should have been.} # recap
- eva_way ? way_voice: Nothing died out there by your hands. What you did with the voice instead has no name on any list. # recap
- else: What died out there died of orders and rifles, not of your hands, and you know exactly how much difference that makes. # recap
}
{eva_back.taken_one.carry:You carried {eva_taken()} in off the hull. Beverly has her now. # recap}
{
- eva_lily_shift() < 0: Lily watched it all, and she looks at you differently now. # recap
- eva_lily_shift() > 0: Lily watched you go after Hawk, and something in the way she looks at you has eased. # recap
- eva_watch: Lily watched it all from the bridge, and was still there when you came back. # recap
}
{
- eva_way ? way_voice: The voice came back in with you, and is in no hurry to leave. # recap # pause
- eva_hands >= 2: You came back in with a crewman's death on your gloves, and the hunt came in with you. # recap # pause
- eva_hands == 1 or eva_way ? way_burned or eva_ob >= 2: The hunt went out onto the hull with you, and came back hungrier. # recap # pause
- eva_worf_hurt: You went out onto the hull to keep the future, and Worf paid for it in air. You came back in still yourself. # recap # pause
- eva_plan <= 1: You went out after a night that had told you almost nothing, and came back in still yourself. # recap # pause
- else: You went out onto the hull of your own ship to keep the future, and you came back in still yourself. # recap # pause
}
~ eva_time = 0
~ eva_locks = false
~ eva_heard = false
~ eva_cold = false
~ eva_lily = false
~ eva_alert = false
~ eva_sealed = false
~ eva_hawk_close = true
~ eva_watch = false
~ eva_late = false
~ eva_ob = 0
~ eva_lily2 = false
~ eva_spare = false
~ eva_pl = 0
~ eva_away = false
~ eva_warned = false
~ eva_transit = false
~ eva_adapt = false
~ eva_plan = 0
~ eva_word = false
~ eva_data = 0
~ eva_bev = 0
~ eva_route = 0
~ eva_order = 0
-> bozeman
