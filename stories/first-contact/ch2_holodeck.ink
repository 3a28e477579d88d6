// Chapter Two: the Dixon Hill holodeck. Player: Captain Jean-Luc Picard, with Lily Sloane.
// Scenes: holo_engineering (the failed assault on engineering, where Data is lost),
// holodeck (the Jefferies tube, the crawl, the window onto Earth),
// holo_corridor (the drones), holo_arch (the holodeck's arch: program, safeties, costume),
// holo_club (the Club Tangier, 1941, and the choice of route),
// holo_fight / holo_hide / holo_fiction (the three routes), holo_leave (back to the ship),
// holo_neuro (reading the neuroprocessor), holo_close (Lily, the recap).
// Reads: pro_listened, pro_away, pro_warned, lily_trust, lily_armed, sickbay_out, emh_log, crusher_hurt, crusher_hid.
// Reads in text only: whether Picard met Lily on the transporter pad (pro_aboard.meet) and how the
// wounded left sickbay (sickbay_hold.carry_voss, every patient out; sickbay_run, the beds left behind).
// Sets: assault_order, data_lost, data_word (the assault); lily_trust_picard (0..3), obsession (0..6),
// plan_known (0..3), holo_route. Can end in ending_holodeck_taken (holo_brink).

// ---------------------------------------------------------------------------
// Entry state: start the chapter from one of several Chapter 1 outcomes.
=== entry_holodeck ===
Chapter Two can begin from more than one sickbay. Which one?
* [Lily trusting and unarmed; everyone got out of sickbay; the EMH's whole log]
    ~ pro_listened = 0
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 2
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ emh_log = (adaptation, transit)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
* [Lily wary; Ogawa and Tolland out, the patients lost; the EMH saw where the taken go]
    ~ pro_listened = 1
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = 0
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland)
    ~ emh_log = (transit)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
* [Lily open but armed; Crusher hurt and hiding it, and Lily saw; the EMH timed the drones' adaptation]
    ~ pro_listened = 1
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 1
    ~ lily_armed = true
    ~ sickbay_out = (ogawa, patients)
    ~ emh_log = (adaptation)
    ~ crusher_hurt = true
    ~ crusher_hid = 2
* [Lily hostile and armed; Crusher hurt; only Ogawa out; no log; the Collective loud]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = -1
    ~ lily_armed = true
    ~ sickbay_out = (ogawa)
    ~ emh_log = ()
    ~ crusher_hurt = true
    ~ crusher_hid = 0
- -> holodeck

// ---------------------------------------------------------------------------
// Functions for this chapter.

// Each cold choice (pressing the fight further) raises Picard's obsession; the
// first by one, every later one by two. Call it first thing inside the cold
// choice. `holo_cold` counts them, banded at 2: all the chapter asks is
// whether this is the first.
=== function holo_press() ===
~ holo_cold = clamp(holo_cold + 1, 0, 2)
{ holo_cold > 1:
    ~ obsession = clamp(obsession + 2, 0, 6)
- else:
    ~ obsession = clamp(obsession + 1, 0, 6)
}

// The holodeck's safeties are off (Picard took them off, or let Lily decide and she did).
=== function holo_unsafe() ===
~ return holo_arch.panel.off or holo_arch.panel.ask_off or holo_club.turn.gun_unsafe

// Lily has a weapon in her hands: she kept it at the window (holodeck.she_holds), and did not lose it in the corridor.
=== function holo_lily_gun() ===
~ return holodeck.she_holds and not holo_corridor.drones.dragged

// Picard has a weapon: his own phaser (Lily took a rifle, not his phaser), or the one he took or was given at the window.
// Settled once in the lounge (holodeck.she_holds / he_holds) into holo_pgun.
=== function holo_picard_gun() ===
~ return holo_pgun

// The drones were at their heels all the way to the holodeck: no time to dress for 1941.
=== function holo_rushed() ===
~ return holo_corridor.drones.lure or holo_corridor.drones.shot

// Keep the chapter's running scores in a band between scenes: Lily's trust in
// Picard between -1 and 3, the obsession between 0 and 6. What she has already
// seen him do is still in the band; what lies beyond it would change nothing she says.
=== function holo_band() ===
~ lily_trust_picard = clamp(lily_trust_picard, -1, 3)
~ obsession = clamp(obsession, 0, 6)

// The neuroprocessor came out whole (taken from a living drone, or with Lily's care).
=== function holo_intact() ===
~ return holo_fight.take.living or holo_fight.take.careful or holo_fiction.take.living or holo_fiction.take.careful

// They went into the holonovel dressed for it.
=== function holo_dressed() ===
~ return holo_arch.dress.cast or holo_arch.dress.lily_picks

// What is holding the drone on the fiction route: the cellar wall, Brannigan's policemen, or Lenny's hoods.
=== function holo_holders() ===
{
- holo_fiction.lever.cellar: ~ return "the wall"
- holo_fiction.lever.raid: ~ return "the policemen"
- else: ~ return "Lenny's boys"
}

// ---------------------------------------------------------------------------
// The assault on engineering, Deck 16: played, short, and remembered.
// Sets assault_order (brief), data_lost (doors), data_word (lost); Chapter Four reads all three.
=== holo_engineering ===
-> brief

= brief
The hatch in the deck of the cargo bay is a metre square, and the air that comes up through it is the air of a greenhouse at noon. # chapter: Chapter Two — Last Call at the Club Tangier # scene: Cargo bay, Deck 15 # theme: ship
Twelve of you kneel round it in the dark: Worf, Data, nine of Worf's people with phaser rifles, and you. Main engineering is forty metres aft of the foot of the ladder. If someone can reach the coolant manifold beside the warp core and open it, the compartment fills with a gas that nothing living survives, drones included. It is a good plan for as long as nobody asks who else is in that room.
Data came up from the surface at your call, {pro_away:an hour behind you|as soon as the deck went quiet}. In his first ten minutes aboard he locked the main computer behind codes that only he holds, so that whatever takes the ship cannot fly her, and then he asked to come. He is checking the charge on a rifle he does not need, for the third time.
"My hands would like to be doing something, sir," he says, when he sees you watching. "I am allowing it." # speaker: Data
{pro_listened >= 1:Under the deck the hum has a direction now. It is coming from aft, from the warp core, and it is busy.|Under the deck there is a sound like a crowd in another building. You tell yourself it is the ventilation.}
The youngest of Worf's people, a crewman named Lindqvist with a rifle slightly too big for her, asks the thing they have all been not asking. "Sir. If it's somebody we know down there?" # speaker: Crewman Lindqvist
* (order_fire) [Tell them to fire first]
    ~ assault_order = fire_first
    "Then it is not somebody you know any more," you tell them. "I have been where they are. Whoever they were will not be there to mind. Fire first. Afterwards we say their names, every one of them, and I will say them first." # speaker: Picard
    Lindqvist nods. Worf nods once, which from Worf is a signature.
* (order_carry) [Tell them to bring back anyone they can]
    ~ assault_order = bring_back
    "Stun them if you can. If you can carry one, carry it. Dr. Crusher has taken the Collective out of a man before." You do not say which man. Half of them know. "Only if you can. Nobody dies for a rescue." # speaker: Picard
    Worf says, very quietly, that it will cost them. "Yes," you say.
* [Tell her they'll know what to do]
    You open your mouth and find you have no answer you would want to be held to. "You will know what to do when you see it," you say, which is a thing captains say when they don't. # speaker: Picard
    Lindqvist looks down at her rifle, as if it might tell her instead.
- Worf goes down the ladder first, because he has decided to and nobody was going to stop him. You go third, after Data.
-> doors

= doors
The corridor at the foot of the ladder was yours an hour ago. Now it drips. Conduit has been pulled out of the walls and rehung in loops like vines, and where the lockers were there are alcoves, and in two of them something stands with its eyes shut, waiting to be finished. # scene: Deck 16, outside main engineering
The doors of main engineering are open. Inside, the warp core throws its blue up through a green haze, and there are drones at every console, working, not looking up.
Worf fires first. The security team fires by volleys, as drilled, and for two volleys everything that turns toward them falls. On the third the beams splash green across a shimmer and go nowhere. {holo_adapt:Two, and the third wasted: the hologram's figure, exactly as Beverly sent it.|Two, and the third wasted. Somebody behind you says "Oh," very quietly, as if they had dropped something.} Worf's people spin their frequencies. Two more volleys land. Then those splash green too.
Out of the haze comes a drone in the rags of a gold uniform, and it is Ensign Sato, who went down the tube with the first security team before anyone knew what was down here.
{
- assault_order ? fire_first: Ensign Marr, beside you, fires at once, as you told him to. Sato falls. Marr goes on firing at the next one with his face wet, and does not stop to look.
- assault_order ? bring_back: Ensign Marr sets his rifle to stun and steps forward to take her, as you told him to, and she takes him instead: two fine points at his neck, and a look of great surprise, and he is down among the conduit with the grey already running under his skin.
- else: Nobody fires. For two whole seconds nobody fires, because Sato ate lunch with half of them, and two seconds is long enough for her to reach Ensign Marr and put her hand to his neck.
}
The coolant manifold is twenty metres away, past the core. Drones are closing across the space between, unhurried, learning every step you take.
* (press) [Go for the coolant valves yourself]
    // Chapter Four weighs this through data_lost. The obsession is not raised here:
    // it would double the chapter's states for a difference no later line shows.
    ~ data_lost = reached
    You go. Twenty metres. You are twelve metres in, past the master systems display, with your phaser useless in your hand and the manifold's red wheel in front of you like the last line of a sentence, when a hand closes on your shoulder from behind. Two cold points touch the side of your neck. {pro_listened >= 1:The hum rises to meet them, glad.|Everything goes very quiet and very far away.}
    Then the hand is torn off you. Data has the drone's wrist, and bends it back until something in it gives, and takes you by the collar and throws you toward Worf the way you would throw a sack over a wall. You land on the deck plates. When you look up the drones have closed over the place where he was standing.
* (hold) [Fall back. Data holds the corridor]
    ~ data_lost = rearguard
    "Fall back to the ladder. Mr. Data, hold this corridor until the last of us is up. They cannot take you quickly, and they can take the rest of us very quickly indeed." # speaker: Picard
    It is correct. It is the arithmetic Beverly does with patients, and you do it without pausing. "Understood, sir," Data says, and turns to face the doors, alone, with a rifle he will be able to use for two more shots. # speaker: Data
    He holds. He holds while the others go up the ladder one at a time, carrying the ones who cannot climb, and when you look back from the foot of it there are three drones on him and he is still standing.
* (all) [Fall back, all of you. Nobody stops]
    ~ data_lost = went_back
    "Fall back! Everyone, to the ladder, now. Nobody stops for anyone." # speaker: Picard
    They go. Halfway there Lindqvist catches her boot in a loop of conduit and goes down hard, and a drone turns its head toward the sound. Data stops. Data, who has never in nine years disobeyed you with people dying, turns and goes back. He lifts her by her belt and her collar and throws her the last five metres to Worf's hands, and by the time she lands he is no longer between you and them. He is among them.
- -> lost

= lost
{data_lost ? reached:Worf has you by the back of the tunic and is dragging you to the ladder.|Worf has the last of his people on the rungs.} {data_lost ? reached:Across the compartment|At the foot of the corridor} Data is held by four of them, and they are not hurting him. They are looking at him, the way people look at a gift. He turns his head to find you. His face is doing something you have never seen it do.
* (word) [Call down that you will come back for him]
    ~ data_word = true
    "Data! I will come back for you. Do you hear me? I am coming back." # speaker: Picard
    Over the noise, he hears. You see him file it, the way he files everything. "Then I will keep the codes until you do, sir," he says, perfectly clearly, and then the drones close and there is nothing to see but their backs. # speaker: Data
* [Get the rest of them up the ladder]
    You do not call to him. There is no time, and there are people still on the ladder, and you are the captain. You put your shoulder under {assault_order ? fire_first:the last of them|Marr, who is still breathing, and still himself, for now,} and push.
    Data watches you go. He does not call to you either. You will think later that he understood, and you will not be able to make yourself believe it.
- ~ data_settle()
Worf welds the hatch himself, with a cutting torch, while the metal under it begins to knock. Then he takes his wounded up the main ladderway toward Deck Eleven, and you go the other way, by the Jefferies tubes, to see every crawlway off this deck sealed behind you, because you gave that order an hour ago and you want to see it done with your own hands. # pause
-> holodeck.climb

// ---------------------------------------------------------------------------
=== holodeck ===
~ chapter = 2
~ obsession = clamp(obsession + pro_listened, 0, 6)
~ holo_transit = emh_log ? transit
~ holo_adapt = emh_log ? adaptation
~ holo_out = sickbay_out != ()
~ carry_settle()
~ holo_hostile = lily_trust < 0
~ holo_pgun = false
// Lily's trust in Picard starts from how Chapter One left her (-1 hostile .. 2 trusting)
// and is banded 0..3 in the recap, with caps for what she has seen him do.
~ lily_trust_picard = lily_trust
~ assault_order = ()
~ data_lost = ()
~ data_word = false
~ data_hold = 0
-> holo_engineering

= climb
The Jefferies tube is a throat of warm metal, and you are crawling up it on your elbows because your knees have stopped agreeing to be knelt on. # scene: Jefferies tube, Deck 15
{
- data_lost ? reached: Somewhere below you, in engineering, Data is standing very still among things that want to know how he works. He is there because you went for the valves yourself, and he pulled you out of their hands, and they took him instead. There are two small marks on the side of your neck where the drone touched you. They have not spread. You have decided not to think about them yet.
- data_lost ? rearguard: Somewhere below you, in engineering, Data is standing very still among things that want to know how he works. You told him to hold the corridor. You heard the order leave your mouth in your own voice, level and correct, and he held it.
- else: Somewhere below you, in engineering, Data is standing very still among things that want to know how he works. You ordered everyone back and nobody to stop, and he stopped, for Lindqvist, and she is alive on Deck Eleven and he is not with you.
}
{
- pro_listened == 0: At the back of your skull there is a pressure like a held note. You kept it at arm's length over Earth this morning, and you are keeping it there now.
- pro_listened == 1: At the back of your skull the Collective murmurs, as it has since you listened to it over Earth this morning. It is telling you which way the drones are moving, and it is almost always right.
- else: The Collective is louder than it has any right to be, a calm plural hum that keeps finishing your thoughts. Some of the finishing is useful. That is the worst of it.
}
A hatch ahead of you is open. It should not be. You stop, and the air in front of your face moves. # pause
-> tube

= tube
{
- lily_armed: The muzzle of a phaser rifle comes out of the dark and settles a hand's width from your eye. Behind it is a woman in a borrowed sickbay gown, barefoot, her hair stuck to her forehead, holding the rifle the way people hold weapons who have held worse ones.
- else: Something hits your wrist hard enough to open your hand. Your phaser is gone before the pain arrives, and when you look up it is pointed at you, held in both fists by a woman in a borrowed sickbay gown, barefoot, her hair stuck to her forehead.
}
{
- pro_away && lily_trust >= 1: It is Lily Sloane. You last saw her in the missile complex in Montana, swaying in the radiation, before she folded into Data's arms. She knows you too; you watch it arrive in her eyes, and you watch her decide that it is not enough. Anything could come up a tube from the deck the monsters took.
- pro_away: It is Lily Sloane. You last saw her in the missile complex in Montana, swaying on her feet in the radiation with a rifle of her own, before she folded into Data's arms. She recognises you too. It does not appear to help.
- pro_aboard.meet: It is Lily Sloane. You have met her once, if it counts: grey-faced on the transporter pad with her eyes shut, her hand locked round your wrist, telling you to keep them away from Zef's ship. The rest you have from Beverly's reports. Her eyes never opened on the pad; she has never seen your face, not properly. She has clearly decided what you are anyway.
- else: You know her from Riker's report and Beverly's and from nothing else: Lily Sloane, Cochrane's engineer, brought up from Montana half-dead of theta radiation. She has never seen your face, not properly. She has clearly decided what you are anyway.
}
{
- lily_trust < 0: "Don't," she says, to a movement you had not made yet. "I've seen what your friends downstairs do to people. I don't care what uniform you're wearing. Whose army is this? Coalition? One of the private outfits from the east?" # speaker: Lily
- lily_trust == 0: "Stay there," she says. "Just stay there. I've had a long day of people in those uniforms telling me to be calm, and then the walls started screaming." # speaker: Lily
- lily_trust == 1 && lily_armed: "{pro_away:You. From the silo. You were with the metal one, the one I shot, that just kept coming|That uniform. You're one of hers. The doctor's. I heard your voice on her radio}." The muzzle doesn't move. "She gave me this. I wrote her a thank-you for it on her wall. Don't make me sorry I did." # speaker: Lily
- lily_trust == 1: "{pro_away:You. From the silo. You were with the metal one, the one I shot, that just kept coming|That uniform. You're one of hers. The doctor's. I heard your voice on her radio}." She doesn't lower your phaser. "I scratched that doctor a thank-you on her wall before I went. That was for her. I haven't decided about you." # speaker: Lily
- else: "{pro_away:You. From the silo. You were with the metal one, the one I shot, that just kept coming|That uniform. You're one of hers. The doctor's. Crusher. I heard your voice on her radio}." She says it carefully, the way you'd test a rung. "I told your doctor I had to go off by myself and think. Turns out thinking brought me here.{lily_armed: She gave me this. I said I'd bring it back if I could.} Give me a reason I shouldn't think you're the same as the rest of this." # speaker: Lily
}
{
- sickbay_tube.told_lily && pro_listened == 2: "She told you I was with her. I heard what you said back. You couldn't spare anybody to nursemaid me." She lets that sit. "Well. Nobody's nursing." # speaker: Lily
- sickbay_tube.told_lily: "She told you I was with her. I heard what you said back: the one person you couldn't afford to lose." The muzzle doesn't move. "Funny way you've got of keeping hold of things." # speaker: Lily
- sickbay_tube.ask_now: "She asked you what happens now. I was sitting right there." A breath. "{pro_listened == 2:You said you'd take it all back, every deck. You didn't say how.|You didn't sound like you knew either.}" # speaker: Lily
}
* (truth) [Tell her the truth, all of it]
    You tell her. The twenty-fourth century. A starship, not a station. Orbit, not a bunker. The Borg, and what they came back three hundred years to stop. You say it plainly and in order, as you would to an admiral, because anything dressed up would sound like a lie.
    {lily_trust < 0:
        She laughs once, a hard little sound with nothing under it. "That's the worst cover story I've ever heard. Which means either you're very stupid or it's true, and you don't look stupid."
    - else:
        She listens the way engineers listen, for the part that doesn't fit. She doesn't find it, and that seems to frighten her more than if she had.
        ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    }
* (calm) [Open your hands and let her set the terms]
    You open your hands and leave them open. You tell her your name and your rank and nothing else, and you ask what she needs.
    "Out," she says. "I need out. Of this tube, of this place, of whatever this is." The muzzle drops half an inch. It is, you think, the most sincere compliment you will receive all day.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (grab) [{lily_armed: Knock the rifle aside|Take your phaser back}]
    ~ holo_press()
    You have been trained for this since you were younger than she is, and it takes less than a second. {lily_armed:The rifle's barrel goes into the bulkhead, your forearm goes across her collarbone, and then the rifle is yours.|Her wrist turns in your hand, the phaser drops, and you catch it before it reaches the deck.}
    She does not cry out. She stares at you with the particular contempt of someone who has just been proved right about people.
    "There it is," she says. "Thought so."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (crusher) {lily_trust >= 1} [Tell her what Beverly Crusher is to you]
    You tell her that Beverly Crusher is the ship's doctor and your oldest friend aboard, that she is alive, and that if Beverly said to trust you, she was wrong only about the timing.
    "She's alive?" The relief goes across Lily's face before she can stop it. "Good. She was the only one of you who talked to me like I was awake."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
-
{
- holodeck.tube.grab: She rubs {lily_armed:her collarbone|her wrist} and does not look at you. "So you've got the gun. You lead, then. I'll be behind you, watching your hands. Where are we going?" # speaker: Lily
- holodeck.tube.crusher: "Then she'll want you in one piece." {lily_armed:The rifle comes down a few inches; not all the way.|She keeps your phaser, but she points it at the rungs now.} "Go on. You first. Where are we going?" # speaker: Lily
- holodeck.tube.truth: "All right, Mister Twenty-Fourth Century. You know your way round this thing." The muzzle doesn't move. "You lead. I'll be right behind you, with {lily_armed:this|your gun} where it can see your spine. Where are we going?" # speaker: Lily
- else: "You lead," she says. "Slowly. I'm keeping this." A pause, while she decides how much to give away. "Where are we going?" # speaker: Lily
}
* (up) [Up, towards the bridge]
    "Up," you tell her. "The bridge is fourteen decks above us, and my people are on it." It is the best plan you have, and you say it as though it were a good one.
* (level) [Along the deck, away from the noise]
    "Away from the noise," you tell her. "Forward, along this deck, as far as the crawlway goes. That's the whole of the plan."
    She snorts. "Finally, something from you I believe."
* (her_way) [Ask her which way]
    "You tell me," you say. "You've been hiding from things for longer than I have."
    She stares at you over the {lily_armed && not holodeck.tube.grab:rifle|dark}. "Not up. Up is where your people are, and your people have guns." She jerks her chin at the side passage. "Out. Towards the outside of this thing. I want a window. I want to see where I am."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
- -> crawl

= crawl
{
- holodeck.tube.up: You climb one deck. The hatch at the top is sealed, and not by the Borg: there is a security field across it, and behind the field the hatch has been welded at the seams, neat as a hem. Worf, following your own order to shut every way up from the fallen decks. You start back down, and Lily says nothing at all, which is worse than anything she might have said. The only way left is forward, along Deck Fifteen.
- holodeck.tube.her_way: She leads for a while, which surprises you both. The crawlway she picked runs outboard and forward along Deck Fifteen, towards the hull, and she takes every junction that goes outwards as though she could smell the sky.
- else: The crawlway runs forward along Deck Fifteen, low and straight, lit every ten metres by an amber strip. Lily's breathing is loud behind you in the closeness, and once her hand slips on the grating and she swears in a way you have not heard since a shipyard on Mars, long ago.
}
{
- sickbay_out ? (ogawa, tolland, patients): One good thing reached you before the comm net went to static. Beverly Crusher got out of sickbay through the tubes with her whole staff and {sickbay_hold.carry_voss:every one of her patients, even the ensign with the broken back, on a board up the shaft|{sickbay_run:the wounded who could walk; the three who could not are still down there|the wounded who could climb; the ensign with the broken back could not be moved, and is still down there}}{crusher_hurt && not crusher_hid:. She is hurt, and her voice on the channel refused to discuss it}.
- sickbay_out ? patients: Before the comm net went to static, Worf told you that Beverly got {sickbay_hold.carry_voss:her patients|the wounded who could {sickbay_run:walk|climb}} out of sickbay through the tubes, with Ogawa beside her. {not sickbay_hold.carry_voss:{sickbay_run:Three who could not walk are still down there.|One who could not be moved is still down there.} }Ensign Tolland did not come out with them. {crusher_hurt && not crusher_hid:Beverly is hurt, and will not say how badly, which tells you how badly.}
- sickbay_out ? tolland: Before the comm net went to static, Worf told you that Beverly got out of sickbay with Ogawa and young Tolland. The patients did not. Worf said it twice, flatly, as though saying it would make it hold still. {crusher_hurt && not crusher_hid:Beverly is hurt as well.}
- sickbay_out ? ogawa: Before the comm net went to static, Worf told you that Beverly got out of sickbay with Nurse Ogawa, and with no one else. {crusher_hurt && not crusher_hid:She is hurt. A drone touched her on the way out, and Ogawa says so, because Beverly will not.}
- else: Before the comm net went to static, Worf told you that Beverly Crusher got out of sickbay alone. {crusher_hurt && not crusher_hid:She is hurt.}
}
{emh_log:Beverly sent the sickbay hologram's log to every command padd still working. You have not yet had a quiet minute to read all of it.|Whatever the sickbay's hologram saw before it was switched off, none of it reached you. You are working from your own memory of the Borg, which is the one thing aboard you would give away if anyone would take it.}
- (hub)
{hub > 2:
    The amber strips give out ahead of you. Past the last of them a hatch stands half open on a different light, paler and bluer, coming from somewhere a great deal bigger than a crawlway. Lily stops talking. Whatever she was going to ask next, she wants to see that first.
    -> window
}
* (federation) [Tell her what the Federation is]
    You try. A hundred and fifty worlds that agreed not to be afraid of each other. No armies against each other, no hunger, nobody left behind by the machinery. You hear how it sounds in a crawlway that smells of scorched insulation.
    "Mm-hm," Lily says. "And who do you salute?" {lily_trust < 0:Then, before you can answer: "Don't. I've heard speeches."|You tell her. She is quiet for a while, working on it.}
    -> hub
* (war) [Ask her about the war]
    "Which part?" she says. "The part where the cities went, or the part afterwards, where we found out the cities were the easy bit?" Her voice stays even. "I was fourteen. My dad took me to Montana because there was nothing there worth bombing. He was right. We ate a lot of lentils."
    She is quiet for the length of three amber lights. "Don't say you're sorry. Everybody from somewhere nicer says they're sorry."
    -> hub
* (cochrane) [Ask her about Cochrane and the ship]
    "Zefram?" Something in her voice lightens by a degree. "He's a drunk and a genius and I'd kill him myself if I didn't need him. The ship's a Titan missile we took the warhead off. Do you know how long it took to find enough titanium in this country that wasn't already a fence?"
    You tell her that, where you come from, that missile is in a museum. She doesn't answer for a while. When she does, it is only: "Is it clean? The museum?"
    -> hub
* (who_out) {holo_out} [Tell her who got out of sickbay]
    {sickbay_hold.carry_voss:You tell her that Beverly got every patient out, the girl with the broken back too, on a board up the shaft. Lily's breath goes out of her in a long rush.|{sickbay_out ? patients:You tell her that Beverly got the wounded out, the ones who could {sickbay_run:walk|climb}. "Not all of them," Lily says. "I was there. {sickbay_run:The ones in the beds stayed. That hologram was reading their names out to those things when the lights went.|The girl with the broken back stayed. She couldn't be moved, and they left her.}"|You tell her who got out. She counts it, silently, and you watch her arrive at the ones who did not.}}
    {
    - lily_trust >= 2: "I left her," she says. "I said goodbye to her like it was a plan. It wasn't a plan. I just couldn't stand still in that hole any more."
    - lily_trust == 1: "I left her," she says. "I scratched her a thank-you on the wall and then I went, like writing it made it all right."
    - else: "I left her," she says. "She turned her back for two minutes, and I went. I didn't even say anything."
    }
    {sickbay_lily.called:"She called my name down the shaft after me. I heard it the whole way down. I kept going."}
    ** [Tell her she did what anyone would]
        "Anyone would have," you say, and it is true, and she knows it is true, and it doesn't help, and she seems to be grateful that you said it anyway.
    ** [Tell her it's what kept her alive]
        "It is the reason you are here to say so," you tell her. "Guilt is for afterwards. We are not afterwards yet."
        "Great," she says. "Something to look forward to."
    -- -> hub
* (taken) {holo_transit} [Tell her where the taken are going]
    You tell her what the hologram saw: that the drones take people forward, towards the great dish at the front of the ship. She asks what is at the front of the ship. You tell her the deflector: a thing that clears the road ahead of you at warp, and shouts very loudly through subspace when asked to.
    "So they want a loudspeaker," she says. "Who are they calling?"
    You don't answer. You are afraid you know.
    -> hub
* (data) [Tell her about Data]
    You tell her about Data, because she will meet him, if there is any justice, and because you need to say it to someone. An android; your second officer; your friend. Taken in engineering an hour ago, {data_lost ? reached:because he pulled you out of their hands and they took him instead|{data_lost ? rearguard:because you told him to hold a corridor nobody could hold|because he went back for a crewman you had told everyone to leave}}.
    Lily is quiet a long time. "The metal one? From the silo? He caught me when I fell."
    {pro_away:She thinks about it a moment longer. "You were there too. I remember your face. You were the only one not pointing anything at me."|She thinks about it a moment longer. "He was kind. I was shooting at him and he was kind."}
    {data_word:"Did you tell him you'd come back?" You did. "Then you'd better," she says.|"Did you say anything to him? When they got him?" You did not. "Huh," she says, and nothing else, and that is worse.}
    -> hub
* (name) {not pro_away} [Ask her name]
    {holodeck.tube.calm:You gave her your name at the hatch. It occurs to you, somewhere between two amber lights, that she never gave you hers, and that you have been calling her "Miss Sloane" in your head only because Beverly's report did.|"I don't believe we've been introduced," you say, to the dark behind you. "Jean-Luc Picard."}
    A pause. "Lily," she says. "Lily Sloane. Now you know as much about me as those things downstairs do." It is, you think, the first thing she has given you that you did not have to take.
    -> hub
+ [Keep moving]
- -> window

= window
The crawlway spills you both out into a crew lounge on Deck Fifteen: tables bolted down, a half-finished game of something abandoned on one of them, and along the whole of the outer wall, a window. # scene: Crew lounge, Deck 15
The Earth fills it. Blue, and white weather spiralling over the Pacific, and the curve of the night coming on across North America like a drawn blind.{holodeck.tube.her_way: She asked for a window. Here it is.}
{
- lily_trust < 0 && lily_armed && not holodeck.tube.grab: Lily does not look at first. She keeps the rifle on your back and sees the window only from the corner of her eye, the way you look at a trick you refuse to fall for. "That's a screen," she says. "You people and your screens. They had one in the Coalition camps. Beaches."
- lily_trust < 0: Lily stops in the doorway and does not come in. "That's a screen," she says. "It's a picture. Don't think I don't know about pictures." But she doesn't stop looking at it.
- lily_trust == 0: Lily walks to the glass slowly, like someone approaching a dog she hasn't met. She puts her palm flat on it. It is cold; you know exactly how cold. She doesn't take her hand away.
- else: Lily makes a small sound, not a word. She crosses the lounge at a run and stops at the glass with both hands on it and her forehead nearly touching, and for a while she just breathes.
}
{holodeck.crawl.federation:"So that's one of your hundred and fifty worlds," she says at last. "The first one, I guess."}
* [Let her look. Say nothing.]
    You say nothing. You have seen the Earth from here more times than you could count and you cannot remember the first of them; you find that you would like to, very much, and this is as near as you will come.
    {lily_trust < 0:After a long minute she reaches out, past the rifle, and touches the glass. It is cold. Screens are not cold. She takes her hand back as though it had been burned.|After a long minute she says, without turning round, "It's so clean. You can't see any of it from here. Not one crater."}
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Show her Montana]
    You stand beside her and find it for her: the dark line of the Rockies, the plains going grey with evening, a place where, if she looks very hard, there is no light at all. "There," you say. "Somewhere under that, your ship is waiting."
    "Zefram had better be sober," she says, and her voice cracks in the middle of it, and she lets it.
* {holo_hostile} [Take her hand and put it on the glass]
    You don't argue. You take her free hand, slowly, so she can see you doing it, and you press her palm flat against the window. She flinches at the cold. Screens are warm; everybody from her century knows that. She leaves her hand there.
    "Oh," she says, very quietly. "Oh, no. Oh, it's real."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (future) [Tell her what it becomes]
    You tell her what becomes of it. The cities rebuilt, the hunger ended, the flag she has never seen that covers a hundred and fifty worlds, and all of it waiting on a drunk man's rocket tomorrow morning.
    {lily_trust < 0:"That's a hell of a sales pitch," she says. "You should've led with the window."|"Tomorrow," she says. "No pressure." She tries to laugh, and it comes out wet.}
    {holodeck.tube.truth:"You told me all this in the tube," she adds. "I didn't believe you in the tube."}
- (weapon) {
  - holodeck.tube.grab: You are the one holding a weapon now. She looks at it, then at you, and waits to see what kind of man keeps it.
  - lily_armed: She still has the rifle. It has drooped until it points at the carpet. She seems to have forgotten it, which is how people drop guns.
  - else: She still has your phaser. She has forgotten she is holding it, which is how people drop guns.
  }
* (handed) {not holodeck.tube.grab && lily_trust_picard >= 2} [Hold out your hand for the weapon]
    She looks at your hand for a long moment. Then she puts the {lily_armed:rifle in it, stock first|phaser in it, grip first}, the way someone taught her.
    You glance at the setting. It is on the lowest there is, the one that would only have put you to sleep, and it has been there all the way up the tube with the muzzle at your spine. You say nothing about it. Neither does she.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> he_holds
* (refused) {not holodeck.tube.grab && lily_trust_picard < 2} [Hold out your hand for the weapon]
    She looks at your hand and then at your face, and her grip on the {lily_armed:rifle|phaser} tightens. "No," she says. "I like you better than I did. I don't like you that much."
    You leave your hand out a moment longer than is dignified, then take it back.
    -> she_holds
* (keep) {not holodeck.tube.grab} [Tell her to keep it]
    "Keep it," you say. "Point it at them and not at me, and we'll get along."
    She looks at you as if you had done something surprising, and then nods, and the {lily_armed:rifle|phaser} comes up to the ready, aimed at the doorway and not at your spine.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> she_holds
* (giveback) {holodeck.tube.grab} [Give it back to her]
    You turn the {lily_armed:rifle|phaser} around and hold it out to her, {lily_armed:stock|grip} first.
    She doesn't take it at once. "Why?"
    "Because I was wrong to take it," you say, "and because I shall need someone watching my back who is not afraid of me."
    "Who says I'm not?" But she takes it.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> she_holds
* (kept) {holodeck.tube.grab} [Keep it]
    You keep it. She watches you {lily_armed:sling the rifle across your own back|put the phaser on your belt}, and something closes behind her eyes like a hatch.
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
    -> he_holds

// Who leaves the lounge holding the weapon: read later instead of the five choices above.
= she_holds
~ holo_pgun = lily_armed
-> holo_corridor

= he_holds
~ holo_pgun = true
-> holo_corridor

// ---------------------------------------------------------------------------
=== holo_corridor ===
~ holo_band()
-> drones

= drones
Deck Fifteen's main corridor is too warm, and the lights are running at half, and at the far end the air has a faint green cast, as if seen through old bottle glass. # scene: Corridor, Deck 15
{pro_listened >= 1:You hear them before Lily does. Not with your ears.|You smell them before you see them: ozone and something sweet underneath, like fruit left in a hot room.} Two drones come round the junction ahead, unhurried, and between them a third shape that was a crewman this morning, walking because it has been told to. Two more follow, carrying.
{holo_lily_gun():Lily's weapon comes up. Her hands are shaking so hard the muzzle draws circles.|Lily's hand closes on your sleeve hard enough to bruise.} She makes a sound at the back of her throat that is going to become a scream.
* [Put your hand over her mouth and hold still]
    You get your hand over her mouth and your body between her and the junction, and you do not move, and after a second she stops trying to.
    The drones pass the mouth of your side passage without turning. They do not care about anything that is not in their way. You have known that for years; it has never before felt like a mercy.
* [Talk her down, very low]
    "Look at me," you murmur. "Not at them. At me. They ignore what doesn't threaten them. Breathe with me. In. Out."
    She looks at you. Her breath shudders and slows. The drones pass the mouth of the passage without turning their heads.
* (shot) {holo_lily_gun()} [Let her shoot if she must]
    You don't stop her. She fires three times. The first bolt staggers the nearer drone, the second drops it to one knee, and the third slides off a green shimmer that was not there a heartbeat before.
    {holo_adapt:Two, and the third wasted: the hologram's figure, to the shot. You were counting without meaning to.|Two, and the third wasted, the same as outside engineering. Lily watches the shimmer, and goes white.}
    Then the drones turn, all of them at once, and look at the two of you.
- (seen)
{
- holo_corridor.drones.shot: The two walking the crewman do not stop. They hurry her on, and you see her face for an instant as she passes under the junction light: {pro_warned:Ensign Abara from stellar cartography|Ensign Yusra Haddad, three weeks aboard, who went into a Jefferies tube on Deck 16 this morning to look for Lieutenant Porter and did not come back out}, with metal already at her temple. {holo_transit:They take her forward, towards the deflector, as the hologram's log said they would.} The two behind set down what they were carrying, a field coil and a bundle of conduit, and come for you.
- else: The crewman they are walking is {pro_warned:Ensign Abara from stellar cartography|Ensign Yusra Haddad, three weeks aboard, who went into a Jefferies tube on Deck 16 this morning to look for Lieutenant Porter and did not come back out}. There is already metal at her temple.
}
{
- assault_order ? fire_first: An hour ago you told a roomful of your people to fire first on faces they knew. You find you cannot say it to yourself about this one.
- assault_order ? bring_back: An hour ago you told your people to bring back anyone they could carry, and it cost you Ensign Marr. You measure the distance to her anyway.
- else: An hour ago a crewman asked you what to do about a face like this one, and you had no answer for her. You still have none.
}
{not holo_corridor.drones.shot:{holo_transit:They are taking her forward. Forward, towards the deflector, as the hologram's log on Beverly's padd said. Behind them, the two carrying have lengths of conduit and a field coil you recognise from the main dish's housings. They are not only taking people there. They are building something there.|They are taking her forward, and behind them the two carrying have lengths of conduit and a field coil you half recognise. You cannot think, for a moment, where on the ship that coil belongs.}}
{holo_transit && plan_known < 1:
    ~ plan_known = 1
}
* (dragged) {holo_corridor.drones.shot} [Drag Lily back out of its reach]
    You take her by the collar and haul. The nearer drone's hand closes on the place where she was, and finds the {lily_armed:rifle's barrel|phaser} instead, and she lets go of it, because you are pulling and because it is that or her fingers.
    As you run you look back once. Green threads are already running over the {lily_armed:rifle|phaser} in its grip, the way frost runs up a window. "My gun," Lily says, as though it had been a pet. Her hands are empty now, and she does not seem to know what to do with them.
* (between) {holo_corridor.drones.shot} [Step between her and it]
    You step in front of her. The drone's hand closes on your forearm, cold and exact, and for one long second the hum is not at the back of your skull but everywhere, and you are on both sides of the grip at once. {pro_listened >= 1:It knows you. It is glad.}
    You tear free and leave it your sleeve. Where it held you, the skin has gone grey and numb in the shape of four fingers.
    Lily is staring at you. "You got in front of me," she says, as if accusing you of something.
    ~ obsession = clamp(obsession + 1, 0, 6)
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* {not holo_corridor.drones.shot && not holo_transit} [Follow them, a little way]
    You tell Lily to wait. She does not wait; she follows you, swearing under her breath, twenty metres down the corridor and up a short ladder, until you can see the line of drones going on towards the bow, towards the one place on the ship that coil could fit.
    The deflector. Whatever they are making, they are making it at the deflector dish. You have one fact now, and it cost you a minute you may not have.
    ~ plan_known = 1
* {not holo_corridor.drones.shot && not holo_transit} [Let them go. Get Lily clear.]
    You let them go. Whatever the coil is for, you will not learn it by getting Lily killed in a corridor.
* {not holo_corridor.drones.shot && holo_transit} [Say her name, under your breath]
    "{pro_warned:Abara|Haddad}," you say, under your breath, as if it were an order she might still obey. She doesn't turn. Lily looks at you sharply and says nothing. You file it with the hologram's report: the taken, the coil, the bow.
* {not holo_corridor.drones.shot && holo_transit} [Look away, and count the coils instead]
    You look away from her face and count what they carry instead, the way you would log a sensor contact. Two coils, four lengths of conduit, all going forward. The hologram was right. It is easier to be right than to look at her.
- (turn) {holodeck.tube.up:The way up is welded shut on your own order, and the turbolifts are Worf's to hold or lose. }Holodeck Three is at the end of this corridor. You know every deck of this ship, and this door better than most; it is where you go on the nights when being the captain is too much. An idea comes to you, clean and whole, in a voice that is very nearly your own.
{pro_listened == 2:We can use that, it says. You don't correct the pronoun.}
{holo_corridor.drones.shot:The drones are coming already; Lily's shots settled that. The only question left is where they follow you to.}
* (lure) [{holo_corridor.drones.shot:Slow down, and make sure they keep coming|Let the drones see you, and lead them on}]
    ~ holo_press()
    {holo_corridor.drones.shot:You slow to a walk. You let the nearest one close the distance until you could touch it, and then you let it see you turn away.|You step out into the corridor where the nearest drone can see you, and you wait until its head turns, and you let it take its time deciding.} {holo_cold > 1:It is easier the second time. You notice that it is easier, and you set the noticing aside.|Something in your chest goes still and pleased as it turns, and you would rather not name it.}
    "What are you doing?" Lily hisses. "What the hell are you doing?"
    "Bringing them," you say. "I need one of them. Run."
    They are ten steps behind you all the way to the doors.
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* [Run for the holodeck{holo_corridor.drones.shot:, and hope to lose them| before they turn}]
    You take her wrist and run. It is fourteen metres to the holodeck doors. You count them.
    {holo_corridor.drones.shot:Behind you, without any hurry at all, they follow. You were never going to lose them.|Behind you, nothing follows. Not yet. But a holodeck running a program draws more power than anything else on this deck, and the drones are very interested in power. They will find it. You have a few minutes, which is more than you expected.}
- -> holo_arch

// ---------------------------------------------------------------------------
=== holo_arch ===
~ holo_band()
The doors of Holodeck Three part for you and close behind you, and you are standing in a black room ruled with yellow lines, humming faintly, like the inside of an empty instrument. # scene: Holodeck 3
"What is this?" Lily turns round on the spot. "Where's the rest of it?"
"It is a room that pretends," you tell her, already at the arch. "Anything you like. Forests. Cities. Other centuries. It's built out of light and force fields, and it's very good at it."
"Great," she says. "Does it pretend a door that locks?"
* (door_no) [Tell her no]
    "No," you say. "Not one that would stop them."
    She laughs, short and ugly. "Of course not."
* (door_better) [Tell her it pretends something better]
    "Better," you say. "It pretends a place they don't understand." She looks at you as if you had said something mad, and then, slowly, as if you might not have.
- {holo_rushed():The drones are a minute behind you, perhaps less,|You have a few minutes before the drones find the power draw,} and there is one program in the memory you know better than your own quarters.
-> panel

= panel
{holo_corridor.drones.between:Your forearm, where the drone held it, has gone from numb to cold; four grey fingermarks, and Beverly will have to look at them. }The arch's display asks, politely, which program. You key in the one you have played a hundred times on long nights: the Dixon Hill novels, pulp detective stories from the 1930s that somebody turned into holonovels long before you were born. San Francisco, 1941, the Club Tangier chapter. Saturday, a quarter to midnight. The display asks whether the standard safety protocols should remain in effect.
{holo_adapt:Beverly's padd had the hologram's figure in it: two shots on a frequency, and the third is wasted. You watched it come true outside engineering, volley by volley. A bullet is not light. Nothing in the Collective's long memory has needed to bother with a bullet for a very long time.|You think about the phaser rifles outside engineering: two good volleys on every frequency, and then nothing. You do not yet know what to do about that. You only know that in there, the rules are whatever you tell the computer they are.}
The safeties are what make the holodeck a toy: a holographic fist that stops short, a holographic bullet that is only noise. Without them, everything in the program is exactly as solid as it looks.
* (off) [Take the safeties off]
    ~ holo_press()
    "Computer, disengage the safety protocols." It wants a senior officer's voice and a reason for the log. You give it your name. Then, after a moment: "Hostile intruders. Lethal force required." It accepts both in the same pleasant tone it uses to serve tea, and somewhere a record now holds those words in your voice, and will outlast you.
    {holo_cold > 1:
        Lily is watching your face. "You've done something like that before today," she says. "I can tell. You didn't even blink."
    - else:
        Lily is watching your face. "What did you just tell it?"
        "To stop pretending," you say. "In there, now, a bullet does what a bullet does."
    }
* (ask_off) {holo_lily_gun()} [Ask Lily. It's her life in there too.]
    You tell her what the safeties are and what it would mean to turn them off, and you ask her.
    She doesn't take long. {lily_armed:{lily_trust >= 1:Beverly gave her that rifle at the junction on Deck 15, and she has not put it down since.|She came away from the junction on Deck 15 with that rifle, and she has not put it down since.}|She has had your phaser in her fist since the tube.} "Off," she says. "If it can kill them, I want it to. I'll take my chances with the rest."
    You key it in. The computer asks for your voice and a reason, and you give it hers: hostile intruders. It is her decision, and you are uneasy at how glad you are that she made it for you.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (ask_on) {not holo_lily_gun()} [Ask Lily. It's her life in there too.]
    You tell her what the safeties are and what it would mean to turn them off, and you ask her.
    "So if I get shot in there by some cartoon, I'm dead." She looks at the arch as if it has insulted her. "Leave them on. I've spent ten years not dying. I'm not doing it in a story."
    You leave them on. She is right, and you are aware of a small, cold part of you that wishes she were not.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Leave them as they are]
    You leave them on. The holodeck will not kill anyone tonight, not even the things that would very much like to kill you. You are not sure yet whether that is principle or caution. It is a quarter to midnight in San Francisco. There will be time to decide.
-
{holo_rushed():
    -> rushed
}
-> dress

= rushed
There is no time to dress for the part. {holo_corridor.drones.lure:The drones you called are ten steps behind you.|The drones are already in the corridor outside.} You go in as you are, in a torn Starfleet uniform and a sickbay gown, and you trust the Club Tangier to have seen stranger things on a Saturday. It hasn't.
The arch opens on warm noise and yellow light, and you take Lily's hand and go through.
-> holo_club

= dress
"We'll stand out," you say, half to yourself. The people in there will take a barefoot woman in a hospital gown and a man in a torn uniform as a problem, and problems in that story get talked about.
* (cast) [Let the program cast you both]
    You tell the arch to dress you both for the chapter, and let it choose. It knows what it wants of you: Dixon Hill's raincoat and grey hat, damp at the shoulders, because in these books it has always just stopped raining.
    For Lily it finds the only part still open at a quarter to midnight. The light crawls over her and leaves her in a short red jacket with brass buttons and a pillbox hat, with a tray of cigarettes on a strap round her neck. The hat-check girl.
    She looks down at herself. "I'm the help," she says. "Three hundred years in the future, and I'm still the help."
    "The hat-check girl goes everywhere in that club," you tell her, "and nobody ever looks at her twice." {holo_lily_gun():She thinks about that. {lily_armed:Then she slings the rifle down her back under the tray's strap, where it does not suit the part at all.|Then she lays the phaser in the tray under a fan of cigarette packs, where it fits better than it has any right to.}|She thinks about that, and straightens the hat.}
* (lily_picks) [Let Lily choose her own costume]
    You show her the wardrobe menu. She flicks through a hundred and twelve evening gowns with the speed of someone who has never had time for clothes, and stops on a man's suit, double-breasted and chalk-striped, with a hat.
    "Pockets," she says. "I want pockets." The light settles over her and she looks like a young bandleader with a grudge. You are dressed as Dixon Hill; you find you do not mind standing next to her at all.
* [Go in as you are]
    You decide against it. You go in as you are, in a torn Starfleet uniform and a sickbay gown, and you trust the Club Tangier to have seen stranger things on a Saturday. It hasn't.
- The arch opens on warm noise and yellow light, and you take Lily's hand and go through.
-> holo_club

// ---------------------------------------------------------------------------
=== holo_club ===
~ holo_band()
Rain on the windows and a clarinet going sweet over it, and the smell of gin and cigarettes and wet wool: that's the Club Tangier at a quarter to midnight, and it's just the way you left it. # theme: noir # scene: The Club Tangier, San Francisco, 1941
The joint is long and low and lit like the inside of a whiskey glass. There's a five-piece band in white jackets, and a singer named Mae Fontaine with a voice like smoke finding its way under a door. Nobody looks up when you come in. In this town, nobody looks up until it costs them.
Gus is behind the bar, polishing a glass that's been clean since 1939. He sees you and his face does a thing it was built to do. "Mr. Hill. Thought you'd quit us." {holo_arch.dress.cast:His eyes go to Lily's tray and stay there a while. "And who's this?"|{holo_dressed():His eyes go to Lily and stay there a while. "And the lady is?"|His eyes go to your uniform, and Lily's gown, and stay there. "You two come from a costume party or a hospital?"}}
{
- holo_arch.dress.lily_picks: "She's my associate," you tell him, which is how Dixon Hill would say it. Lily tips her hat at him like she's been doing it all her life. Gus decides to be impressed.
- holo_arch.dress.cast: "New girl on the hats," you tell him. "Started tonight. Be nice to her."
- else: "A hospital," you tell him, "and we're in a hurry to get back." Gus shrugs the shrug of a man who has served worse. Two tables over, a man in a tuxedo laughs at Lily's bare feet, and she gives him a look that stops it.
}
{holo_arch.dress.cast:Gus looks at the tray, and then at her face. "She don't look like she checks hats, Mr. Hill."}
{holo_arch.dress.cast:"She's learning," you say. Lily gives him a smile like a door closing.}
"This is your favourite?" Lily says into your ear. "This is what you do for fun?" # speaker: Lily
* (long_nights) [Admit it: on long nights, yes]
    "On long nights." You are surprised how much it steadies you to hear the clarinet. "It's a place where every problem is solved by the end of the chapter."
    "Sure." She looks round at the smoke, the guns under the jackets, the dead-eyed girl selling cigarettes. "Looks real restful."
* (research) [Call it historical research]
    "Historical research," you say gravely.
    She looks at the cigarette girl, the gangsters, the singer in the slit dress. "Right. I can see you're very serious about history."
* [Tell her to stay in character]
    "Mr. Hill's people don't ask questions in public," you murmur. She gives you a look that would strip paint, and then, to your surprise, shuts up and plays along, chin up.
- -> lay

= lay
You have {holo_arch.dress:a few minutes, if the drones take their time|a minute, maybe less}. You spend it the way the detective would, getting the lay of the room.
* (lenny) [Find Lenny Vosk's table]
    Lenny Vosk is at his usual table by the kitchen door, a big soft man in a suit the colour of wet cement, with two of his own boys for company and a violin case on the chair beside him that has never once held a violin.
    "Hill," he says, like the word tastes of something. "You're a long way from your office." He keeps one hand resting on the case. Everybody in here knows what's in it. It has been in the book since the first chapter, and the program has kept that promise every time you have played it, and you never once thought you would need it.
* (band) [Take a table near the band]
    You take the little table by the stage, where the light is worst and the music is loudest. Mae Fontaine looks down at you between verses and gives you the look she gives Dixon Hill every time: like she's already forgiven you for something you haven't done yet.
    Lily watches her. "She's a hologram?"
    "She's a hologram," you say.
    "Huh." Lily keeps watching. "She's better at that look than anyone I've ever met."
* [Buy Lily a drink at the bar]
    "Two ryes," you tell Gus, and he pours them.
    Lily drinks hers in one motion like medicine and sets the glass down. "Tastes like real whiskey," she says. "Better than anything in Montana. Zefram would cry."
    "It isn't real," you say. "Don't let that stop you." She doesn't. Her hands have almost stopped shaking.
- -> turn

= turn
The doors at the top of the stairs open, and they are not the club's doors. They are grey and smooth and they part down the middle with a hiss that the club has never heard before. # pause
The first drone steps into 1941 and stops on the landing, and its head turns, taking the room apart into things that matter and things that do not. The band plays on. Mae sings on. A man at the nearest table says, loud enough to carry, "Who let the Martians in?"
{pro_listened >= 1:The hum in your skull changes key. We are here, it observes, with satisfaction, and for a terrible half-second you share it.|Your mouth has gone dry. You have been here before, in a different room, under a different name.} Behind the first drone comes a second, and a third. {holo_corridor.drones.lure:They came because you called them. Now you have to decide what they came to.|Now you have to decide what to do with them.}
{not holo_adapt:Lily's fingers dig into your arm. "Your light guns stop working on them," she whispers. "Everybody on this ship knows it by now. But {holo_club.lay.lenny:that fat man's got a real gun in that case, doesn't he? I know what a violin case means.|half the men in this room have got guns under their jackets. Real ones. The old kind.} Bullets don't care what frequency they are."}
* (gun) {holo_unsafe()} [{holo_adapt:Lead, not light. Go for Lenny's violin case.|Take Lily's idea. Go for Lenny's violin case.}]
    ~ holo_route = fought
    {not holo_adapt:
        ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    }
    -> holo_fight
* (gun_unsafe) {not holo_unsafe()} [{holo_adapt:Safeties off. Then the violin case.|Take Lily's idea: safeties off, then the violin case.}]
    ~ holo_press()
    "Computer," you say, quite quietly, "disengage the safety protocols." Under the music it asks for your voice and a reason, and you give it both.
    {holo_arch.panel.ask_on:Lily hears it. She told you to leave them on, and you asked her, and she told you. She stares at you, and says nothing, and that is worse.|Lily hears it and says nothing.}
    {holo_arch.panel.ask_on:
        ~ lily_trust_picard = clamp(lily_trust_picard - 2, -1, 3)
    }
    ~ holo_route = fought
    -> holo_fight
* (sit) [Sit down. You're Dixon Hill; she's your {holo_arch.dress.lily_picks:associate|client}.]
    ~ holo_route = hid
    -> holo_hide
* (story) [Give the drones a part in the story]
    ~ holo_route = fiction
    -> holo_fiction

// ---------------------------------------------------------------------------
// Route one: the violin case.
=== holo_fight ===
~ holo_band()
-> case

= case
You cross the room the way Dixon Hill crosses rooms, like you own a piece of it and you're thinking of calling in the loan. Lenny Vosk watches you come. His hand is on the violin case and his boys have their hands inside their jackets.
"Lenny," you say. "I need to borrow your fiddle."
"Nobody plays my fiddle, Hill." He smiles with half his face. "Not even me, on Sundays."
* [Show him the licence and lean on him, Dixon Hill style]
    You put your licence on the tablecloth and your hand flat on top of it, and you lean in and tell him, in the voice you have been practising in this room for years, that the men on the stairs are federal and they are here for him, and that the only way he walks out of the Tangier tonight is if he lets a friend do his shooting for him.
    Lenny looks at the stairs. Lenny looks at you. Lenny is a coward when it counts; the author saw to that in the first book, and you have been grateful to the author for years. He slides the case across. "You owe me, Hill."
    "Put it on my tab," you say, and the line comes out exactly right, and for a moment you are almost enjoying yourself.
* [Take it]
    You don't ask twice. You take the case off the chair, and the nearer of Lenny's boys comes up out of his seat with a snub-nosed revolver, and you put your elbow into his throat without looking at him. He goes down among the glassware.
    {holo_unsafe():With the safeties off he is as solid as a man and the sound he makes is a man's sound. You step over him.|He folds, gasping, the way the program makes people fold. You step over him.}
    Lenny keeps his hands on the table where you can see them. "Hill," he says, very quietly, "what got into you?"
* {holo_club.lay.lenny} [Call in the favour he owes Dixon Hill]
    "You owe me for the Carmody business, Lenny," you tell him. The Carmody business is three chapters back; you played it one wet afternoon in your ready room, years ago, and Lenny has owed Dixon Hill ever since.
    Lenny's face works through pride and fear and arithmetic, and arrives where the author always sends it. He pushes the case across. "Then we're square, Hill. After tonight, we're square."
* {holo_lily_gun()} [Have Lily cover them while you take it]
    "Lily," you say, and she's already there, at your shoulder, the {lily_armed:rifle|phaser} levelled at Lenny's soft middle. It looks like nothing anybody in 1941 has ever seen, and that is the point. Nobody at the table moves.
    "Nice and easy, fatso," Lily says, in an accent she got from somewhere, and you take the case. Her hands are steady now.
- The case snaps open on red velvet and a Thompson submachine gun, oiled and blued, with a drum magazine on it the size of a pie tin. It weighs what the past weighs. You have never fired one. You have read about them in a hundred pulp pages, and your hands seem to know the rest.
{holo_adapt:Two shots of light and they stop feeling it. A bullet doesn't ask for a frequency. You worked that out at the arch, and it is your idea, and you do not entirely like how good it feels to have had it.|Lily's idea. Lead doesn't ask for a frequency. You wonder why it did not occur to you, and you suspect it is because you have spent thirty years in a world where nobody needs to think about lead.}
-> burst

= burst
The drones come down the stairs. The band stops at last, mid-bar, the clarinet's last note hanging up in the smoke like a question nobody wants to answer. Somebody screams. Mae Fontaine puts her hand up to her mouth, a perfect picture of a woman putting her hand up to her mouth.
The first drone reaches the dance floor. Its arm comes up, and the tubules at its wrist slide out, and it is looking at you.
* [Short bursts, the way the book says]
    You put the stock into your shoulder and squeeze, and let go, and squeeze. The gun bucks and roars, and the drone comes apart at the chest and sits down on the dance floor like a drunk. The second one takes two bursts. The third takes one.
    No shimmer. No green flicker of a shield learning the song. They simply fall. {holo_adapt:You were right.|Lily was right.}
* (drum) [Empty the drum into them]
    ~ holo_press()
    You hold the trigger down. The gun climbs and you drag it back and hold it down, and the noise is enormous, a long tearing roar that goes on after the first drone is down, after the second, after the third has stopped moving, until the drum is dry and the bolt clacks on nothing.
    "Picard!" Lily is shouting your name. She has been shouting it for a while. "Picard, they're down. They're down. Stop."
    You stop. You notice that you are breathing hard, and that your face is doing something, and you make it stop.
    {holo_cold > 1:It came easier than it should have. Each thing today has come easier than the one before. You know what that is called. You were it once.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* {holo_lily_gun()} [Fire beside Lily, both of you at once]
    You fire; she fires. Her first two shots take the leading drone square and it staggers; her third slides off the shimmer it has already learned to raise, and then your bursts go through the shimmer as if it isn't there, because for bullets it isn't.
    "Oh," Lily says, watching the shield flicker uselessly. "Oh, that's beautiful. They can't learn that, can they? They forgot how." She sounds almost happy. She sounds like someone who has been losing a war for ten years and has just seen a way not to.
- (cost) The music does not come back. The smoke hangs.
{holo_fight.burst.drum:Behind the bar, Gus is lying across the duckboards with his polishing cloth still in his hand. Three of your rounds went through the mirror behind him, and at least one did not. The computer made him out of light and rules, and with the safeties off it made your bullets just as carefully, and sent them where you aimed.|One of your bursts went wide and took the mirror behind the bar to pieces. Gus comes up from behind it with glass in his hair, white to the lips, and shakes his fist at you. "Who pays for that, Hill? Who pays?"}
{holo_fight.burst.drum:Lily has seen him. She goes to the end of the bar and looks over it, and comes back, and does not look at you.}
{holo_fight.burst.drum:
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
}
{holo_fight.burst.drum && holo_lily_gun():She is holding her arm. A sliver of the mirror went through her sleeve and into the meat of it; it is not deep, and it is bleeding, and it is real. "It's nothing," she says. "It's glass. I've had worse from my own kitchen." She doesn't look at the gun.}
{holo_fight.burst.drum && holo_lily_gun() && obsession >= 6:
    -> holo_brink
}
-> after

= after
Three drones lie on the floor of the Club Tangier among the cigarette ends and the spilled rye. The holograms of 1941 stand round them at a careful distance, the way crowds stand around a car wreck, already working out what they will tell the newspapers. {pro_listened >= 1:The hum in your skull has gone quieter by three voices. You can feel the shape of the places where they were, like gaps in a row of teeth.}
{holo_fight.burst.drum:When Lily does look at you at last, she looks for a long time.|Lily is looking at you and not at the drones.} "You knew exactly how to do that," she says. "You didn't look scared. You looked — I don't know what you looked."
* [Tell her it had to be done]
    "It had to be done," you tell her, "and it was done quickly{not holo_fight.burst.drum:, and no one of ours was hurt}."
    "Sure," she says. "I'm not arguing." But she keeps looking at your face as if she were reading something small printed on it.
* [Say nothing. Check the gun.]
    You say nothing. You find a fresh drum in the case, and click it home, and work the bolt, because there may be more of them, and because it gives your hands something to do while she looks at you.
    "Right," says Lily. "Okay."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* [Ask her if she's hurt]
    "Are you hurt?" you ask her, and you mean it, and she sees that you mean it.
    {holo_fight.burst.drum && holo_lily_gun():"A scratch," she says, holding her arm. "I'll live. I've got a rocket to launch."|"No," she says, and then, surprised: "No. Are you?" You find you don't know how to answer that.}
- -> take

= take
One of the drones is still moving. A hand opening and closing on the dance floor, slowly, like a thing trying to remember a word. Its eyepiece tracks you. There is a neuroprocessor behind that eye, a small thing, the size of the first joint of your thumb, and everything the drone has been told is in it.
{pro_warned:You do not know its face. You are grateful, and ashamed of being grateful.|You know its face. It was Lieutenant Porter's, once; he was the engineer Geordi left in charge of the warp core this morning, and he went down into the tube to find out why the deck was too hot.}
* (living) [Take it now, while it still moves]
    ~ holo_press()
    You kneel in the spilled rye and put your hand on its forehead, where the metal meets the skin, and find the seam by memory. Your fingers know it; you wish they didn't. It comes away with a small wet click and the drone's hand stops opening and closing.
    The thing in your palm is warm. Its lights are still on. It is intact, every cell of it.
    {holo_cold > 1:"We—" you begin, and hear it, and stop. Lily heard it too.|Lily has turned away. You hear her being sick, quietly, behind a pillar.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (careful) {lily_trust_picard >= 1} [Ask Lily to hold it steady while you work]
    "I need your hands," you tell her. She looks at you as though you have asked her to hold a snake, and then she kneels on the drone's arm and holds its head with both her hands while you find the seam.
    "Like pulling a board," she says, when she sees how it is seated. "Don't twist. Lift." She is right. It comes away clean, warm, lit, whole, and the drone goes still at once, without having to be made still.
    You look at her. She is grey and sweating and her hands are perfectly steady. "Engineer," she says. "We hold things."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Wait until it is still]
    You wait. You tell yourself it is mercy, and it may be. The hand opens and closes twice more and stops.
    When you take the processor out, some of its lights have already gone dark: a drone that stops takes its last orders with it, wiping as it goes. What is left is warm and damaged and perhaps enough.
- -> holo_leave

// ---------------------------------------------------------------------------
// Route two: hiding inside the fiction.
=== holo_hide ===
~ holo_band()
-> table

= table
You steer Lily to a table against the wall, under a bad oil painting of a ship, and sit her down, and sit down opposite her{holo_dressed():, and take off your hat. Dixon Hill always takes off his hat|, and fold your torn sleeves back as if it were a style}. "Whatever they do," you tell her, very low, "we belong here. We're a detective and his {holo_arch.dress.lily_picks:associate|client}, and we're talking about a missing husband."
"I haven't got a husband," Lily hisses.
"Then he's very well hidden," you say, "and you're paying me to find him."
* [Light her cigarette]
    There's a silver box on the table. You open it and take out a cigarette and put it between her lips, and strike a match on your thumbnail the way you have always wanted an excuse to, and hold it for her.
    She draws on it, and coughs, and glares at you through the smoke. "I quit these in '52."
    "Don't inhale," you tell her. "Just look as if you might."
* [Order for both of you]
    The cigarette girl comes by, and you order two gin rickeys in Dixon Hill's voice, and tip her a dollar you didn't have a moment ago. Lily watches the girl go with an expression of pure professional envy. "Everybody in here knows their lines," she says.
* {holo_club.lay.band} [Signal Mae for a song]
    You catch Mae Fontaine's eye across the room and lift two fingers, the way Dixon Hill does, and she nods at the band. The tune changes to something slow and loud and full of brass, the kind that makes a whole room lean in and look at the stage instead of at each other.
    "Nice," Lily breathes. "Cover fire."
    "Something like that," you say.
* [Talk the case, loud enough to be heard]
    "Mrs. Sloane," you say, in a voice that carries just to the next table, "your husband was last seen boarding a streetcar on Market Street with eleven thousand dollars and a woman in a yellow hat."
    Lily gapes at you for half a second, then catches it and runs. "That snake. That dirty, no-good snake. It was her sister's hat." A laugh gets out of her before she can stop it, and she turns it into a sob into her napkin, which is better still.
    At the next table a hologram in a tuxedo leans over to hear more. It is very good cover. It is also the first time you have heard Lily laugh, even if she had to hide it.
- -> pass

= pass
The drones come down the stairs into the Tangier and the music doesn't stop, because nobody wrote the band a reason to stop. They fan out across the room. One stands at the rail, the others move among the tables, each head turning, scanning, weighing. The holograms are nothing to them. Nothing breathes there.
You breathe. Lily breathes. Two heartbeats in a room of light, and the drones know it.
{not holo_dressed():"Hey!" It's Gus, from behind the bar, and he's pointing at you with his polishing cloth. "You two from the hospital! Your friends are here!" Every holographic head in the room turns your way. So does one that isn't holographic. Lily goes still as a photograph.}
{not holo_dressed():Then Lily laughs, loud and bright, and calls back, "Tell 'em to get their own table, Gus!" The room laughs with her. The drone's head tilts. A joke is not a threat. It moves on, and Lily's hand under the table is crushing your fingers.}
The nearest drone turns toward your table. It is three steps away. Two. {pro_warned:You don't know its face. You can't quite tell whether that makes it easier.|You know its face. It was Lieutenant Porter. Geordi left him in charge of engineering this morning, and he went down a tube to find out why the deck was so hot.}
* (dance) [Take Lily's hand and dance]
    You stand and hold out your hand, and after a terrible moment she takes it, and you take her out onto the little dance floor, where Mae is singing something slow about a train. You are not a good dancer. Neither is she. You hold each other up.
    The drone passes within an arm's length of her back. She feels it; you feel her feel it. You turn her, slowly, so that you are the one between them, and it goes on by.
    "You're treading on my feet," she whispers into your collar.
    "Keep doing it," you whisper back. "It's very convincing."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Keep your eyes on your glass]
    You look at your glass. You look at the ice in it, how it has been rendered melting at exactly the right speed. You do not look at the thing that stops at your elbow, or at the light of its eyepiece moving across your hands, across Lily's face, across the tablecloth.
    Lily is staring at a point on the far wall, her hands flat on the tablecloth so they won't shake. The drone waits, and waits, and goes.
* [Look it in the face]
    You look up. You meet its eye, the real one and the other, and it looks back at you, and for a long moment it is looking at you the way a hand looks for a pocket it knows is there.
    {pro_listened >= 1:The hum in your skull says its designation to you, and then, like a kindness, its old name. You did not ask for either.|You see the person under it, the line of the jaw, a scar on the chin you once asked about in a turbolift.} Then it decides you are not in its way, and moves on.
    Lily lets out a breath. "Why'd you do that?"
    "So that I would remember it," you say. You will.
- -> booth

= booth
The drones are not leaving. One of them has gone to the telephone booth by the coat check, and pulled the door open, and put its hand against the back wall, where behind the painted wood there is a holodeck service panel, and the light inside the booth has gone green.
It is reading the ship through the wall. You can see the glow of a display through the glass door, too far to make out.
* (phone) [Make a telephone call from the next booth]
    You walk across the room in no hurry, a man who has just remembered he owes somebody a call, and step into the next booth and lift the receiver. Through the glass partition, two feet from your face, the drone's display is scrolling schematics.
    The main deflector, opened up and rebuilt. Power routed into it from the warp core, far more than the dish was ever built to carry. A subspace carrier, shaped and waiting. And at the foot of the display, in a notation you have not read for six years and read now without effort, a heading: out of this quadrant, across the galaxy's core, into the Delta Quadrant.
    The Collective of this century is out there. It does not know about Earth yet. This is a letter to it. {pro_listened >= 1:The hum leans against the glass beside you, reading along, and approves of the handwriting.}
    An operator with a Brooklyn voice asks you what number you want. You tell her you've changed your mind.
    ~ plan_known = 2
* (lily_looks) {lily_trust_picard >= 1} [Send Lily past it for a look]
    "You're an engineer," you murmur. "Can you read a schematic at a glance?"
    "Can I read—" She stands up before she has finished being offended{holo_arch.dress.cast:, settles the cigarette tray on its strap, and works her way along the wall selling Luckies, the way the hat-check girl would, until she is at the booth's door|, and walks past the booth on her way to the powder room}, and takes a long slow look through the glass, the kind anyone might take at a man in an odd suit.
    She comes back white. "That's a transmitter," she says. "The big dish at the front. They're pouring your engine's power into it. That's a radio the size of a house, Picard." She swallows. "And it's aimed. Not down at us. Out. There's a string of numbers under it I couldn't read, and I didn't like the look of them."
    You can guess what those numbers say. You did not see them.
    {plan_known < 1:
        ~ plan_known = 1
    }
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Stay put and let it finish]
    You stay put. Being furniture has kept you alive so far. The drone at the booth works for a minute, and two, and then the green light goes out and it lets the door swing shut.
    You saw nothing you can use: a green light through a glass door, and a drone that knew exactly what it wanted from the wall. {plan_known >= 1:Whatever it read, it will be carried forward to the deflector with the rest.|Whatever it read, you will not know it.}
- -> tail

= tail
One by one the drones go back up the stairs and out through the grey doors that don't belong in 1941. The last of them pauses on the landing with its back to you. Alone. Slow.
{holo_lily_gun():Lily has the {lily_armed:rifle|phaser}.|{holo_picard_gun():Your phaser is in your hand under the table; you don't remember drawing it.|Neither of you has anything to fire. Your hands are empty on the tablecloth, and you find that they are fists.}}
Something in you has been keeping count all this while, of every drone that walked past within reach. {pro_listened >= 1:The hum is very close. One alone, it suggests. Before it rejoins. We would know everything.|One alone. Before it rejoins. If you could take its processor, you would know everything.}
* (reach) [{holo_lily_gun() or holo_picard_gun():Take the last one as it goes|Go after it with your bare hands}]
    ~ holo_press()
    {
    - holo_lily_gun() or holo_picard_gun():
        {holo_lily_gun():You reach for Lily's weapon and she lets you have it, too startled to stop you.|You bring the phaser up.} You fire twice, and the drone staggers and does not fall, and your third shot spreads uselessly across a green shimmer, and it turns on the landing and looks down at you.
        It looks for a long, long second. Then it turns away and goes, as if you were not worth the trouble, and the doors close on it. You have learned nothing. You have told them you are here.
    - else:
        You are out of your chair and halfway to the stairs before you know it, with nothing in your hands, meaning to take a drone apart with your fingers. Lily catches your wrist at the foot of the stairs and hangs on with her whole weight.
        Up on the landing the drone does not even turn round. The doors close on it. You have learned nothing, and you were going to do it bare-handed.
    }
    {obsession >= 6:
        -> holo_brink
    }
    -> held
* [Let it go]
    You let it go. It is the hardest thing you do all night{holo_hide.pass.dance:, harder than the dancing}. The doors close behind it, and the clarinet goes on, and Lily lets out a long breath across the table.
    "You wanted to," she says. "I saw."
    "Yes," you say. "I did."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
- -> holo_leave

// After going for the last drone, Lily holding on.
= held
Lily is gripping your wrist with both hands. "Are you out of your mind?" she says. "We were fine. We were fine."
{holo_cold > 1:You have done this too often tonight to be surprised at yourself. That is the part that ought to frighten you.}
~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
-> holo_leave

// ---------------------------------------------------------------------------
// The brink: the obsession at its height and one more reckless act (the drum
// emptied with Lily beside him, or the chase after the last drone). Lily says
// plainly what going on will cost; going on is ending_holodeck_taken.
=== holo_brink ===
{holo_route ? fought:At the top of the stairs, in the grey doorway that does not belong to 1941, a fourth drone has stopped to watch. It has seen everything: the drum, the dead barman, the blood on Lily's sleeve. It turns, unhurried, and goes out into the corridor, and the doors stay open behind it.|Then the grey doors at the top of the stairs slide open again, by themselves, on a rectangle of green corridor. The drone is just beyond them, walking away without haste, the way a thing walks that has never once been caught. It is very nearly an invitation.}
{pro_listened >= 1:The hum is not at the back of your skull now. It is in front of you, through that door, and it is saying your name, the old name, the one that was never yours.|Your hands know where the seam is on a drone's forehead. They would like to be sure of it.}
Lily has your wrist. She is not pulling. She is only holding on, with both hands, and looking at you as if you were a long way off. "Picard. If you go up those stairs, I'm not coming after you." Her voice is flat and very clear. "I've buried people who looked like you look now. Every one of them thought they were about to win." # speaker: Lily
* (go) [Shake her off and go after it]
    -> ending_holodeck_taken
* [Stay. Let her hold on]
    You stay. It takes everything you have, and most of it is her hands. The grey doors slide shut at the top of the stairs, and the corridor is gone, and it is a quarter past twelve in San Francisco again. # pause
    Lily does not let go for a long time. When she does, she looks at her own hands as if they had done something she did not know they could.
    {holo_route ? fought:-> holo_fight.after|-> holo_hide.held}

// ---------------------------------------------------------------------------
// Route three: turning the holonovel's people and rules against the drones.
=== holo_fiction ===
~ holo_band()
-> lever

= lever
You have played this chapter more times than you would admit to Deanna. You know what happens at the Club Tangier on a Saturday night: at ten past twelve Lenny Vosk's old rivals from the Kessler outfit come up those stairs, and at a quarter past, Lieutenant Brannigan's boys in blue come in through the kitchen, and everybody who isn't Dixon Hill goes down to the cellar or to jail.
The drones don't know any of that. They have walked into a story without reading it. {holo_unsafe():And with the safeties off, everything in the story is as hard as it looks.|The safeties are on. Nothing in here can kill them. But a hologram can still stand in a doorway, still hold on, still weigh what it looks as if it weighs.}
"What are you smiling at?" Lily whispers.
"I know how this chapter ends," you tell her. "They don't."
* (mob) [Tell Lenny they're Kessler's men]
    You lean down to Lenny Vosk's table and say, out of the side of your mouth, that the gentlemen on the stairs are Kessler's new boys, down from Chicago, and they have come for the fiddle and for him, in that order.
    Lenny believes you, because in this story Lenny always believes the worst, and the worst has always been true. He flips open the violin case. His boys stand up with their hands full.
    {holo_unsafe():The Tangier fills with noise. Lenny's Thompson and two revolvers, firing at men who are not men, with bullets the computer is no longer stopping. The first drone goes down on the stairs and stays down. The second comes through the fire and puts a hood through a table, and the table and the hood both break, and then it goes down too, on its face, still moving, and Lenny's other boys sit on it the way hoods in this book sit on a man. You did not fire a shot. You only told a story.|The Tangier fills with noise, and nothing happens. Lenny's rounds go through the drones like rain through a streetlight: harmless, a sound effect. The drones don't even flinch. Then Lenny's boys, out of bullets that do nothing, do what hoods always do in this story: they pile on. Four big men on one drone, holding its arms, sitting on its legs, and the drone heaves and cannot rise, because a hologram with the safeties on still weighs what it looks as if it weighs.}
* (raid) [Call the raid early]
    "Computer," you say, low, in your own voice, "advance the narrative to the police raid. Now." And then, in Dixon Hill's voice, louder: "Here come the cops."
    The kitchen doors bang open and Lieutenant Brannigan comes through them with a dozen uniforms behind him and a whistle in his teeth, bellowing that nobody move, and in this story nobody but the cops ever does. They go for the strangest men in the room, as cops in this story always do. Which is the drones.
    Three of Brannigan's boys take the first drone at the knees and bring it down across a table in a spray of cutlery and glass. More pile on. The drone's tubules slide into a policeman's neck and find nothing to take, only light, and the policeman goes on sitting on it, frowning, writing in his notebook. You laugh, once, out loud, before you can stop yourself.
* (cellar) [Walk them into the cellar and close the story on them]
    The cellar door is behind the stage. You take Lily's hand and walk, not run, across the dance floor, past the band, and through it, and you let the nearest drone see where you have gone. It follows. Of course it follows.
    At the foot of the cellar stairs, among the crates of bonded whiskey, you turn and wait until it is in the doorway, half in and half out, and then you say quite calmly, "Computer, restore the cellar wall." The wall comes back, as walls in a program do. It does not go round the drone. It goes through it.
    The drone hangs in the wall from the chest up, arms moving slowly, held like an insect in amber. The others stop at the top of the stairs and do not come down. They have learned one thing about the Tangier. Lily is pressed against a crate with her hand over her mouth. "Oh, God," she says. "Oh, you clever, horrible man."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
- -> burn

= burn
The Borg do not stay confused. {holo_fiction.lever.cellar:Up in the club, one of the drones at the top of the cellar stairs|Across the room, one of the drones still on its feet} has found the nearest emitter in the ceiling and put its hand to it, and the Club Tangier begins, in patches, to stop. Mae Fontaine's song sticks on one word and repeats it. Gus polishes a glass that flickers out of existence in his hand and polishes the air where it was. A whole wall of the room goes black and ruled with yellow lines.
They are unmaking the story to get at you. The program is eating itself around the edges, and whatever is lost will not come back. You have played beside these people for nine years. You have known Gus longer than you have known most of your crew.
{
- holo_fiction.lever.cellar: In the cellar wall, the pinned drone has stopped struggling and is listening to the others.
- holo_fiction.lever.raid: Under the heap of policemen, the pinned drone has stopped struggling and is listening to the others. The one with the notebook has stopped writing.
- else: Under Lenny's boys, the pinned drone has stopped struggling and is listening to the others.
}
If the program goes, {holo_holders()} go{holo_fiction.lever.cellar:es} too, and nothing will be holding it.
* [Let it burn. Keep the drone held.]
    You let it burn. {holo_fiction.lever.cellar:You stand among the crates while the Club Tangier comes apart above you, the band first, then the bar, then Mae's voice in the middle of its one word, and you hold the drone with your eyes as if you could keep it in the wall by looking. The wall holds.|You stand at the edge of the dance floor while the Club Tangier comes apart around you, the band first, then the bar, then Mae's voice in the middle of its one word, and you keep your eyes on {holo_holders()} as if you could hold them together by looking. They hold.} Just long enough.
    It is only a program. You will not be able to go back to it. You had not known, until this minute, how often you used to.
* (both) [Try to save both]
    "Computer, freeze all characters except those in contact with the intruders." The computer thinks about it. Under the drones' interference it cannot tell one character from another any more, and it tells you so, in a pleasant voice, while Gus vanishes from the waist down.
    There is no saving both. You knew that, and you had to try, and now the program burns anyway, with you standing in it. {holo_fiction.lever.cellar:The wall holds.|{holo_fiction.lever.raid:The policemen hold.|Lenny's boys hold.}} Just long enough.
* (saved) [Freeze the program and save it]
    "Computer, freeze program and save." The Club Tangier stops: Mae with her mouth open, Gus mid-polish, the smoke hung in the air like grey wool. And what held the drone stops holding it.
    It gets up. It looks at you. Then it turns, because nothing that is frozen is in its way, and goes back up to the others and out through the grey doors, and you are left in a still photograph of 1941 with nothing in your hands.
    Lily is staring at you. "You let it go," she says. "For a nightclub."
    "For the people in it," you say, and hear how that sounds, and do not take it back.
    ~ obsession = clamp(obsession - 1, 0, 6)
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> holo_leave
- -> take

= take
The last of the club goes dark around you and the yellow grid stands up out of the black on every side, and there is only the one drone left, {holo_fiction.lever.cellar:hanging in a wall that is no longer a wall but a field the computer still remembers|pinned under the last flickering weight of the men who held it}. Its eyepiece tracks you. There is a neuroprocessor behind that eye.
{pro_warned:You do not know the face. That is a mercy you did not earn.|You know the face. It was Lieutenant Porter's. He went down a Jefferies tube on Deck 16 this morning to find out why the deck was so hot, and this is what he found.}
* (living) [Take it now, while it lives]
    ~ holo_press()
    You put your hand to its forehead and find the seam by memory. You remember being on the other side of a hand like yours. It comes away with a small wet click, warm, lit, whole, and the drone goes slack {holo_fiction.lever.cellar:in the wall|under its flickering captors}.
    {holo_cold > 1:Lily says your name, once, in a voice you have not heard her use. You realise you have been kneeling there for some time, turning the processor over in your fingers, as if listening.|Lily has turned away. You hear her breathing, hard and deliberate, the way people breathe when they will not be sick.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (careful) {lily_trust_picard >= 1} [Let Lily find how it's seated]
    "It's a part," Lily says, before you can ask, and kneels beside you. "It's a part, it's seated in something, they always come out one way. Look." She traces the seam with a fingernail that is shaking, then isn't. "Lift there. Don't twist."
    You lift; it comes free, warm and lit and whole, and the drone goes quiet all at once, as if a switch had been thrown, not a life. "Engineer," she says, not quite steadily. "We take things apart."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Wait until it is still]
    You wait until the eyepiece dims. It takes a long minute, and the grid hums, and Lily holds your sleeve. When you take the processor out, half its lights are already dark: a drone that dies takes its last orders with it, wiping as it goes. What is left is damaged, and perhaps enough.
- -> holo_leave

// ---------------------------------------------------------------------------
=== holo_leave ===
~ holo_band()
The holodeck doors close behind you, and Deck Fifteen is exactly as hot and as green as you left it. # theme: ship # scene: Corridor, Deck 15
{
- holo_route ? fought && holo_fight.burst.drum: You are still holding the Thompson. Outside the room it is only light, fading, and you hold it until it is gone, and afterwards your hands remember the weight.
- holo_route ? fought: The Thompson goes out in your hands like a candle the moment you cross the threshold. Outside the holodeck it was never anything. Your shoulder aches where the stock was, and that, at least, is real.
- holo_route ? hid: Behind the doors, Mae Fontaine is still singing to an empty table. The program will run until someone tells it to stop.
- holo_fiction.burn.saved: The Club Tangier is saved in the memory, frozen at a quarter past twelve, its people waiting with their mouths open. You could go back. You are not sure it will ever feel like going back.
- else: The Dixon Hill program is gone. The computer will tell you, if you ask, that the file is corrupted beyond recovery. You do not ask.
}
{holo_dressed():At the threshold 1941 slides off you both like water, {holo_arch.dress.cast:your raincoat and her pillbox hat and tray|your hat and her chalk stripes}, and Lily is barefoot in her sickbay gown again.{holo_arch.dress.cast && holo_lily_gun() && not lily_armed: Your phaser falls out of the vanishing tray, and she catches it without looking.}}
{
- holo_route ? fought || (holo_route ? fiction && not holo_fiction.burn.saved): -> holo_neuro
- holo_route ? hid: -> stillrunning
- else: -> holo_close
}

= stillrunning
* (end_it) [End the program]
    You turn back to the panel by the doors. "Computer, end program." Somewhere behind the bulkhead the Club Tangier folds itself away, Mae and Gus and the rain on the windows. It is only tidiness, you tell yourself. You do not like leaving things running for the enemy to find.
* (left_running) [Leave it running for Mae]
    You leave it running. Let her sing. Let there be one room on this ship where it is still a quarter to midnight in 1941 and nothing worse than a gangster has ever come down the stairs.
    Lily watches you decide it. "You'd leave a light on for a ghost," she says. It does not sound like a complaint.
- -> holo_close

// ---------------------------------------------------------------------------
=== holo_neuro ===
~ holo_band()
-> read

= read
There's an equipment locker by the holodeck doors, and in it a tricorder. You kneel on the deck with the neuroprocessor cupped in one hand. {holo_intact():It is still warm. Its lights are still moving, patient and orderly, like a city seen from orbit.|It has gone cool. Half its lights are dark and the rest flicker, a city after the power has failed.}
Everything the drone knew is in there, in a grammar you were fluent in once.
* [Wire it to the tricorder and read it the slow way]
    You open the tricorder's sensor housing and bridge the processor's contacts with a strip of conduit foil from the locker, and let the tricorder do what it can. It does not like what it is reading. Neither do you. The data comes up in fragments, and you assemble them the way you would a sensor log after a battle: slowly, and believing nothing twice.
* (lily_reads) {lily_trust_picard >= 1} [Give it to Lily. She builds things.]
    You hold it out to her. She looks at it in your palm for a long moment. Then she takes it, and the tricorder, and sits cross-legged on the deck, and starts to work, chewing her lip, talking to it under her breath as though it were a carburettor.
    "It's just a drive," she says, mostly to herself. "A nasty little drive. Somebody built it, so somebody can read it." She finds the contacts in a minute that would have taken you five. She finds the timing data that you would not have known to look for.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (listen) {carried_heard} [Close your hand on it and listen]
    ~ holo_press()
    You close your hand on it. You do not need the tricorder. You have not needed one since this morning, over Earth, when you let the voice in to win a battle. {pro_listened == 2:The door is still open. You walk through it.|The door is still ajar. You push it.}
    It is like putting your ear to a wall and hearing a crowd behind it, all saying one thing. It is like coming home. Lily says your name twice before you hear her, and when you open your eyes she has backed away from you, all the way to the far bulkhead.
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
- (found)
~ temp learned = 1
{holo_intact():
    ~ learned = 2
}
{holo_neuro.read.lily_reads or holo_neuro.read.listen:
    ~ learned = learned + 1
}
{
- learned >= 3: It is all there. The drones are building an interplexing beacon out of the main deflector dish, to call across the galaxy to the Collective of this century, out in the Delta Quadrant, which does not yet know that Earth exists. Three magnetic locks hold the beacon's array to the dish; release them and it goes off into space. And there is not long. By the drone's last reckoning, the array is a little over an hour from being finished.
- learned == 2: Enough of it is there. The drones are turning the main deflector dish into an interplexing beacon, a voice loud enough to reach across the galaxy to the Collective of this century, out in the Delta Quadrant, which does not yet know that Earth exists. How it is held to the dish, and how long there is, the processor does not say. {holo_intact():Or it says, and you cannot read it.|Those parts went dark with the drone.}
- else: Not enough of it is there. The deflector dish, again, and a great deal of work on it, and a fragment of an order the Collective gave that will not resolve: something about a call, a signal, a voice. The rest went dark with the drone.
}
{
- learned >= 3 && plan_known < 3:
    ~ plan_known = 3
- learned == 2 && plan_known < 2:
    ~ plan_known = 2
- plan_known < 1:
    ~ plan_known = 1
}
{
- holo_neuro.read.listen: From the far bulkhead, Lily says, "What did it tell you? Picard. What did it say?" So you tell her, aloud and in order, because it needs saying in a human voice before you can trust it. She listens without coming one step closer.
- holo_neuro.read.lily_reads: Lily sits back on her heels with the tricorder in her lap and reads the last of it twice, to be sure she has it.
- else: Lily has been reading the tricorder over your shoulder, her lips moving, as if it were a parts list.
}
{learned >= 2:"A radio made out of your ship's nose," she says. "Pointed out past everything."{holodeck.crawl.taken: "I said loudspeaker, back in the crawlway. I hate being right."} She looks up. "And there's somebody out there to answer it?"}
* (told_more) {learned >= 2} [Tell her: more of them, out there, now]
    "More of them," you say. "Out there, now, in your century. Very far away, and not yet interested in you.{learned >= 3: In a little over an hour, they will be.}"
    She sits with it. "That's a lot to find out in one night," she says at last, and her voice almost works.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (spared) {learned >= 2} [Spare her: someone who mustn't answer]
    "Someone who must never hear it," you say, and put the processor away. She looks at you as if she knows exactly what you are not saying, and lets you not say it.
* ->
    She looks at the dark half of the processor. "That's all? That's all you got for—" She stops herself. "Sorry. That's not nothing."
- -> holo_close

// ---------------------------------------------------------------------------
=== holo_close ===
~ holo_band()
// Lily's trust is banded 0..3 as the chapter ends (recap), and capped by what she
// watched him do: Gus killed by the emptied drum, the safeties taken off after she
// asked for them on. Settled here, before the last choices, so those choices are
// explored once per cap rather than once per way of earning it.
~ holo_cap = 3
{holo_fight.burst.drum:
    ~ holo_cap = holo_cap - 1
}
{holo_club.turn.gun_unsafe && holo_arch.panel.ask_on:
    ~ holo_cap = holo_cap - 1
}
-> walk

= walk
You walk towards the turbolift through a ship that gets greener every time you look away. Beverly has her wounded on Deck Eleven; Worf has the bridge, if the bridge is still the bridge. {crusher_hurt && not crusher_hid:Beverly will be pretending her wound is nothing, and you will have to pretend to believe her.|Beverly will want to know where you have been, and you will have to decide what to tell her.}
Lily walks beside you, {holo_lily_gun():the {lily_armed:rifle|phaser} hanging from one hand, pointed at the deck|arms folded against the cold she can't be feeling in this heat}, and for a while says nothing at all.
{
- holo_arch.door_better: "A place they don't understand," she says at last. "That's what you told me at the door. You were right, and I wish you hadn't been."
- holo_club.research: "Historical research," she says at last, to nobody. "You're a terrible liar, Picard. I mean that as a compliment."
- holo_club.long_nights: "Long nights," she says at last. "I get it. I've got a silo for those."
- holodeck.crawl.data: "Your friend," she says at last. "The metal one. You're going back down there for him, aren't you." It isn't a question.
- holodeck.crawl.name: "Lily Sloane," she says at last, to nobody, as if she were trying it out. "You're the first one up here who asked."
}
Then she stops.
{
- holo_route ? fought && holo_fight.burst.drum: "You kept firing," she says. "They were down and you kept firing. And that barman, Gus. He wasn't real, and you killed him anyway, and you didn't even look round." Her voice is very steady. "I looked."
- holo_route ? fought: "You smiled," she says. "In there. When you had that gun. I saw it. You looked like a man who'd found something he lost."
- holo_route ? hid: "That one that came to our table," she says. "{pro_warned:You went grey when it came close. Like it was somebody you were going to have to write a letter about.|You knew him. I saw it on your face. And you sat there with your drink and let him walk by.} {holo_hide.tail.reach:And then you went after the one that didn't matter.|I couldn't have done that.}"
- holo_fiction.burn.saved: "You froze them," she says. "Your singer, your barman, all of them, standing in the dark with their mouths open, waiting for you. And you walked out with nothing in your hands." She doesn't sound angry. She sounds as if she is trying to work out what kind of man you are, and has had to start over.
- holo_fiction.burn.both: "You tried to save them," she says. "Your singer, your barman. You asked it nicely, and it said no, and then you stood there while it burned, and you never once let go of that thing in the {holo_fiction.lever.cellar:wall|heap}." She doesn't sound angry. She sounds as if she is trying to work out what kind of man you are, and whether the asking counts.
- else: "You burned it," she says. "Your favourite thing. You just stood there and let it burn, so you could get that little piece of metal out of a man's head." She doesn't sound angry. She sounds as if she is trying to work out what kind of man you are.
}
* [Tell her the truth about it]
    {
    - holo_route ? fought && holo_fight.burst.drum: "Yes," you say. "I didn't look at him. If I had looked, I might have stopped, and I did not want to stop."
    - holo_route ? fought: "Yes," you say. "I smiled. For a moment I wasn't afraid of them. It has been a long time." You don't say the rest: that you would like to feel it again.
    - holo_route ? hid: "Yes," you say. "Every one of them that walked past, I wanted to take apart. I have wanted to for six years. Some days it is the only thing I want."
    - holo_fiction.burn.saved: "Yes," you say. "I chose a room of people who are not people over the one thing that might have told me what they are building. I would choose it again. I do not yet know whether that makes me a better man or a worse captain."
    - holo_fiction.burn.both: "Yes," you say. "I asked for both, and when I could not have both I kept the one I came for. It was the kind of choice I am very good at. The asking was for me."
    - else: "Yes," you say. "It was the kind of choice I am very good at. I used to be proud of that."
    }
    She looks at you for a long moment. "Okay," she says. "Thanks for not lying." It seems to matter to her more than anything else you have said tonight.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* {not holo_fiction.burn.saved} [Tell her it was necessary]
    "It was necessary," you say. And it was; you could defend every part of it to an admiral. You hear your own voice, level and reasonable, and you hear how much it sounds like the thing in your head.
    {obsession >= 4:"Sure," Lily says. "Everything's necessary with you." She starts walking again, a step ahead of you now.|Lily nods slowly. "Okay," she says. "Just so you know, that's what everybody says."}
    {obsession >= 4:
        ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
    }
* {holo_hide.pass.dance} [Tell her she dances worse than you do]
    "You were treading on my feet too," you tell her. "Both of us. For the whole song."
    She stares at you, and then she laughs, really laughs, bent over in a corridor full of green light, and you find you are smiling too.
* [Thank her for what she did in there]
    "Thank you," you say. "For {holo_route ? hid:{holo_dressed():keeping still while they walked past|the joke to Gus}|{holo_route ? fought:keeping your head|staying}}. I would not have come out of that room without you."
    She snorts. "You'd have come out. You'd just have come out worse." But she falls into step beside you again, close enough that her arm brushes yours.
- {crusher_hid == 2:
    "Your doctor," Lily says, before you reach the lift. She isn't looking at you. "One of those things caught her, on the ladder up out of her hospital. Grey lines under the skin, like frost. She shot herself full of something and covered it up and didn't tell a soul." A pause. "I figured somebody ought to know who isn't her."
    You think of Beverly's voice on the channel, giving you every number but that one. Now you will have to decide whether she learns that you know.
}
The turbolift doors open. Inside, the panel is still Starfleet grey, still asking politely where you would like to go. Lily steps in after you.
"So what now?" she says. "What happens now, Picard?" # speaker: Lily
{holo_neuro.read.spared:"And next time," she adds, "don't decide for me what I can stand to hear."}{holo_neuro.read.told_more:"More of them," she adds, half to herself. "Out there. Waiting for a phone call." She shivers in the heat.}
* [Tell her you are going to stop them]
    "Now," you tell her, "I am going to the bridge, and then I am going to {plan_known >= 1:go out onto the hull of my ship and take that thing apart|find out what they are building, and take it apart} with my own hands." {obsession >= 4:It comes out very quiet. It comes out in a voice that is not entirely alone.|It comes out level and sure, and she believes it, and you almost do.}
* [Tell her you are going to get her home]
    "Now," you tell her, "I get you home. To Montana, to your rocket, to Zefram Cochrane, sober or not. Everything else is just the way there."
    She laughs, a little damply. "Nobody's ever said Montana like it was somewhere you'd want to go." {holodeck.crawl.cochrane:Then: "Get me home and I'll show you the titanium. All of it. Every fence."|{holodeck.crawl.war:Then: "Lentils," she says. "If you come, there'll be lentils."}} The doors close on the two of you.
* [Say nothing. Press for the bridge.]
    You don't answer. You press for the bridge, and the doors close, and she watches your reflection in them as if it might tell her what you won't.
- -> recap

= recap
~ lily_trust_picard = clamp(lily_trust_picard, 0, holo_cap)
~ obsession = clamp(obsession, 0, 6)
~ plan_known = clamp(plan_known, 0, 3)
// The voice is in him for Chapter Three if he listened over Earth, or if the hunt has let it in since.
~ carried_heard = carried_heard or obsession >= 4
{
- data_lost ? reached: In engineering you went for the coolant valves yourself, and Data was taken pulling you out of their hands. # recap
- data_lost ? rearguard: In engineering you ordered Data to hold the corridor while the rest of you got out, and he held it until they had him. # recap
- else: In engineering you ordered everyone back and nobody to stop, and Data stopped anyway, for Crewman Lindqvist. She lives. # recap
}
{data_word:As they closed on him you promised to come back, and he said he would keep the codes until you did.|You did not speak to him as they closed on him.} {assault_order ? fire_first:You had told your people to fire first on faces they knew.|{assault_order ? bring_back:You had told your people to bring back anyone they could, and it cost you Ensign Marr.|You had given your people no order about the taken, and Ensign Marr paid for the pause.}} # recap
{
- holo_route ? fought && holo_fight.burst.drum: In the Club Tangier {holo_arch.panel.ask_off:Lily chose to turn the safeties off, and you|you turned the safeties off{holo_arch.panel.ask_on: over Lily's word,} and} emptied a Thompson gun into the drones until the drum ran dry. Gus the barman died of it{holo_lily_gun():, and Lily bled for it}. # recap
- holo_route ? fought: In the Club Tangier {holo_arch.panel.ask_off:Lily chose to turn the safeties off, and you|you turned the safeties off{holo_arch.panel.ask_on: over Lily's word,} and} cut the drones down with a Thompson gun: lead, not light, and they could not learn it. # recap
- holo_route ? hid: In the Club Tangier you and Lily played a detective and a woman with a missing husband while the drones walked past you close enough to touch{holo_hide.tail.reach:, and then you went after the last of them anyway|, and you let the last of them go}.{holo_leave.stillrunning.left_running: Mae Fontaine is still singing there to an empty room.} # recap
- holo_fiction.burn.saved: In the Club Tangier you turned the holonovel against the drones, then froze it to save its people, and let your prize walk free. # recap
- holo_fiction.burn.both: In the Club Tangier you turned the holonovel against the drones, tried to save its people as well, and when the computer could not, let the program burn to keep one of them held. Dixon Hill is gone. # recap
- else: In the Club Tangier you turned the holonovel against the drones, and let the program burn to keep one of them held. Dixon Hill is gone. # recap
}
{
- plan_known >= 3: You know the whole of it: an interplexing beacon on the deflector dish to call the Collective of this century, three maglocks holding it, a little over an hour to stop it. # recap
- plan_known == 2 && holo_hide.booth.phone: You read it off the drone's own display: the deflector dish rebuilt as a transmitter, fed from the warp core and aimed at the Delta Quadrant, a call to the Collective of this century. Not how it is held down, nor how long you have. # recap
- plan_known == 2: You know what they are building: an interplexing beacon on the deflector dish, to call the Collective of this century. Not how it is held down, nor how long you have. # recap
- plan_known == 1 && holo_neuro: All the processor gave you is the deflector dish, a great deal of work on it, and a broken fragment of an order about a call. # recap
- plan_known == 1 && holo_hide.booth.lily_looks: Lily saw a transmitter on the deflector dish, fed from the warp core and aimed a long way out. You can guess who it is meant to call; you have not seen it. # recap
- plan_known == 1: You know only that something is being built at the deflector dish, and that it wants hands. # recap
- holo_route ? hid: You do not know what the Borg are doing. Every drone in the Tangier walked past you and took what it knew away with it. # recap
- else: You do not know what the Borg are doing. The one drone that could have told you walked out through the grey doors. # recap
}
{
- lily_trust_picard >= 3:
    {
    - holo_route ? fought: Lily Sloane trusts you. She has seen you with a gun in your hands, and decided it is not the whole of you. # recap
    - holo_route ? hid && holo_hide.pass.dance: Lily Sloane trusts you. She danced with you while a drone walked past her back, and in her century that counts for a great deal. # recap
    - holo_route ? hid: Lily Sloane trusts you. She sat across a table from you while a drone walked close enough to touch, and you never once left her alone with it. # recap
    - holo_fiction.burn.saved: Lily Sloane trusts you. She watched you give up your prize for a room of people who aren't people, and it told her what she needed to know. # recap
    - else: Lily Sloane trusts you, though she watched your favourite thing burn at your word and has not decided what that means. # recap
    }
- lily_trust_picard == 2: Lily Sloane is willing to follow you, and watches you while she does{holo_route ? fought:, mostly your hands|{holo_route ? hid:; she has seen what it costs you to sit still|; she has seen how coldly you can plan}}. # recap
- lily_trust_picard == 1: Lily Sloane is with you because there is nowhere else to be{holo_fight.burst.drum:, and she has not forgotten Gus|{holo_club.turn.gun_unsafe && holo_arch.panel.ask_on:, and she has not forgotten that she asked you to leave the safeties on}}. # recap
- else: Lily Sloane is afraid of you, and not only because of the Borg{holo_fight.burst.drum:. She looked over the bar at Gus, and you did not}. # recap
}
{
- obsession >= 5: The Collective's voice has stopped sounding like an intruder. It sounds like a second opinion, and you have started to take its advice. # recap # pause
- obsession >= 3: The hunt is beginning to feel like something you want rather than something you must do. # recap # pause
- else: You are still the one doing the hunting, and you still know the difference between the hunt and yourself. # recap # pause
}
-> deflector
