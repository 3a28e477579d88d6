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
Twelve of you kneel round the hatch to Deck 16: Worf, Data, nine of security, and you. Open the coolant manifold by the warp core, and engineering fills with killing gas. # chapter: Chapter Two — Last Call at the Club Tangier # scene: Cargo bay, Deck 15 # theme: ship
Data, back from the surface {pro_away:an hour behind you|as soon as the deck went quiet}, has locked the main computer behind codes only he holds.
"My hands would like to be doing something, sir," he says. # speaker: Data
{pro_listened >= 1:Under the deck the hum points aft, busy.|Under the deck, a sound like a crowd in another building.}
"Sir," says Crewman Lindqvist. "If it's somebody we know?" # speaker: Crewman Lindqvist
* (order_fire) [Tell them to fire first]
    ~ assault_order = fire_first
    "Then it is not somebody you know any more. Fire first. Afterwards we say their names, and I will say them first." # speaker: Picard
    Worf nods once, which from Worf is a signature.
* (order_carry) [Tell them to bring back anyone they can]
    ~ assault_order = bring_back
    "Stun them, and carry them if you can. Dr. Crusher has taken the Collective out of a man before. Nobody dies for a rescue." # speaker: Picard
    Worf says, very quietly, that it will cost them. "Yes," you say.
* [Tell her they'll know what to do]
    "You will know what to do when you see it," you say, which is what captains say when they don't. # speaker: Picard
- Worf goes down first. You follow Data.
-> doors

= doors
Below, the corridor drips, and in new alcoves things wait to be finished. # scene: Deck 16, outside main engineering
Worf fires first. Two volleys drop every drone that turns; the third splashes green on a shimmer. {holo_adapt:The hologram's figure, exactly.|Somebody behind you says "Oh."}
Out of the haze comes Ensign Sato, of the first security team, taken.
{
- assault_order ? fire_first: Ensign Marr fires at once, as you told him to. Sato falls. Marr goes on firing with his face wet.
- assault_order ? bring_back: Ensign Marr steps forward to stun and carry her, as you told him to, and she takes him instead: two points at his neck, the grey already under his skin.
- else: Nobody fires; Sato ate lunch with half of them. Two seconds is long enough for her to put her hand to Ensign Marr's neck.
}
The drones close between you and the manifold.
* (press) [Go for the coolant valves yourself]
    // Chapter Four weighs this through data_lost. The obsession is not raised here:
    // it would double the chapter's states for a difference no later line shows.
    ~ data_lost = reached
    You go. Twelve metres in, two cold points touch your neck. {pro_listened >= 1:The hum rises to meet them, glad.|Everything goes very quiet.}
    Then Data tears the hand away and throws you toward Worf, and the drones close over him.
* (hold) [Fall back. Data holds the corridor]
    ~ data_lost = rearguard
    "Fall back to the ladder. Mr. Data, hold this corridor until the last of us is up. They cannot take you quickly." # speaker: Picard
    "Understood, sir," Data says, and turns to face the doors alone. # speaker: Data
    He holds while the others climb. From the ladder you see three drones on him, and he is still standing.
* (all) [Fall back, all of you. Nobody stops]
    ~ data_lost = went_back
    "Fall back! Everyone, to the ladder, now. Nobody stops for anyone." # speaker: Picard
    Halfway there Lindqvist trips and goes down. Data, who has never disobeyed you with people dying, goes back, throws her the last five metres to Worf's hands, and is among them.
- -> lost

= lost
{data_lost ? reached:Worf drags you to the ladder.|Your people are on the rungs.} Four drones hold Data, gently, like a gift. His face does something you have never seen.
* (word) [Call down that you will come back for him]
    ~ data_word = true
    "Data! I will come back for you. I am coming back." # speaker: Picard
    "Then I will keep the codes until you do, sir," he calls, perfectly clearly, and the drones close over him. # speaker: Data
* [Get the rest of them up the ladder]
    You do not call to him. You put your shoulder under {assault_order ? fire_first:the last of them|Marr, still breathing, still himself, for now,} and push.
    Data does not call to you either.
- ~ data_settle()
Worf welds the hatch and takes the wounded to Deck Eleven. You take the Jefferies tubes. # pause
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
In the Jefferies tube you think of Data below, among things that want to know how he works. # scene: Jefferies tube, Deck 15
{
- data_lost ? reached: He pulled you out of their hands. The marks on your neck have not spread.
- data_lost ? rearguard: You told him to hold the corridor, and he held it.
- else: You ordered nobody to stop, and he stopped, for Lindqvist.
}
{
- pro_listened == 0: At the back of your skull, a pressure like a held note{pro_vortex.push:, forced back on your own bridge over Earth this morning and not gone|, kept at arm's length since Earth this morning}.
- pro_listened == 1: At the back of your skull the Collective murmurs which way the drones move, and is almost always right.
- else: The Collective is loud, a calm plural hum finishing your thoughts, usefully. That is the worst of it.
}
A hatch ahead is open. # pause
-> tube

= tube
{
- lily_armed: A phaser rifle's muzzle settles a hand's width from your eye, held by a barefoot woman in a sickbay gown.
- else: Something knocks your phaser away, and it is pointed at you by a barefoot woman in a sickbay gown.
}
{
- pro_away && lily_trust >= 1: Lily Sloane, from the Montana silo. She knows you too, and decides it is not enough.
- pro_away: Lily Sloane, from the Montana silo. She recognises you. It does not help.
- pro_aboard.meet: Lily Sloane. You met her once, if it counts: eyes shut on the transporter pad, her hand locked round your wrist. She has never seen your face, and has decided what you are anyway.
- else: Lily Sloane, Cochrane's engineer, known to you from reports. She has never seen your face, and has decided what you are anyway.
}
{
- lily_trust < 0: "Don't," she says, to a movement you had not made yet. "I've seen what your friends downstairs do to people. Whose army is this? Coalition?" # speaker: Lily
- lily_trust == 0: "Stay there. I woke up in your hospital, and then the walls started screaming." # speaker: Lily
- lily_trust == 1 && lily_armed: "{pro_away:You. From the silo, with the metal one I shot|You're one of hers. The doctor's. I heard you on her radio}. She gave me this. I scratched her a thank-you for it by the shaft. Don't make me sorry." # speaker: Lily
- lily_trust == 1: "{pro_away:You. From the silo, with the metal one I shot|You're one of hers. The doctor's. I heard you on her radio}. I scratched that doctor a thank-you at the junction. That was for her. I haven't decided about you." # speaker: Lily
- else: "{pro_away:You. From the silo, with the metal one I shot|You're one of hers. Crusher's. I heard you on her radio}. I left her at the junction.{lily_armed: She gave me this, and I took it.} Give me a reason you're not the same as the rest of this." # speaker: Lily
}
{
- sickbay_tube.told_lily && pro_listened == 2: "She told you I was with her. I heard you: nobody to spare to nursemaid me. Well. Nobody's nursing." # speaker: Lily
- sickbay_tube.told_lily: "She told you I was with her. I heard what you said back: the one person you couldn't afford to lose. Funny way of keeping hold of things." # speaker: Lily
- sickbay_tube.ask_now: "She asked you what happens now. I was sitting right there. {pro_listened == 2:You said you'd take it all back, every deck. You didn't say how.|You didn't sound like you knew either.}" # speaker: Lily
}
Your combadge chirps: "Worf to Captain Picard." You silence it without answering. Lily's eyes go to the badge, and stay there a moment.
* (truth) [Tell her the truth, all of it]
    You tell her plainly: the twenty-fourth century, a starship, the Borg, and what they came back to stop.
    {lily_trust < 0:
        She laughs once. "Worst cover story I ever heard. So either you're stupid or it's true, and you don't look stupid."
    - else:
        She listens like an engineer for the part that doesn't fit, and doesn't find it.
        ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    }
* (calm) [Open your hands and let her set the terms]
    You open your hands, give her your name and rank, and ask what she needs.
    "Out. Of this tube, of whatever this is." The muzzle drops half an inch.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (grab) [{lily_armed: Knock the rifle aside|Take your phaser back}]
    ~ holo_press()
    It takes less than a second. {lily_armed:The barrel into the bulkhead, your forearm across her collarbone, and the rifle is yours.|Her wrist turns, the phaser drops, and you catch it.}
    She stares at you with the contempt of someone proved right about people. "There it is. Thought so."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (crusher) {lily_trust >= 1} [Tell her what Beverly Crusher is to you]
    You tell her that Beverly Crusher is your oldest friend aboard, and that she is alive.
    "Good," she says, and relief crosses her face before she can stop it. "She talked to me like I was a person."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
-
{
- holodeck.tube.grab: She rubs {lily_armed:her collarbone|her wrist}. "You've got the gun. You lead. Where are we going?" # speaker: Lily
- holodeck.tube.crusher: "Then she'll want you in one piece." {lily_armed:The rifle comes down a few inches.|She lowers your phaser a few inches.} "You first. Where are we going?" # speaker: Lily
- holodeck.tube.truth: "All right, Mister Twenty-Fourth Century. You lead, with {lily_armed:this|your gun} on your spine. Where are we going?" # speaker: Lily
- else: "You lead. Slowly. I'm keeping this. Where are we going?" # speaker: Lily
}
* (up) [Up, towards the bridge]
    "Up. The bridge is fourteen decks above us, and my people are on it."
* (level) [Along the deck, away from the noise]
    "Forward, along this deck, away from the noise. That's the whole plan."
    She snorts. "Finally, something I believe."
* (her_way) [Ask her which way]
    "You tell me. You've been hiding longer than I have."
    She stares at you over the {lily_armed && not holodeck.tube.grab:rifle|dark}. "Not up. Up is your people, with guns. Out. I want a window. I want to see where I am."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
- -> crawl

= crawl
{
- holodeck.tube.up: One deck up, the hatch is welded shut behind a security field: Worf's work, sealing the decks above against the drones. Lily says nothing, which is worse. You go forward along Deck Fifteen.
- holodeck.tube.her_way: She leads, outboard along Deck Fifteen, as though she could smell the sky.
- else: The crawlway runs forward along Deck Fifteen, lit every ten metres by an amber strip.
}
{
- sickbay_out ? (ogawa, tolland, patients): Worf's last report: Beverly got out with her whole staff and {sickbay_hold.carry_voss:every patient, even the ensign with the broken back|{sickbay_run:the wounded who could walk; three who could not are still down there|the wounded who could climb; the ensign with the broken back is still down there}}{crusher_hurt && not crusher_hid:. She is hurt, and would not discuss it with Worf}.
- sickbay_out ? patients: Worf's last report: Beverly got {sickbay_hold.carry_voss:her patients|the wounded who could {sickbay_run:walk|climb}} out, with Ogawa. {not sickbay_hold.carry_voss:{sickbay_run:Three who could not walk are still down there.|One who could not be moved is still down there.} }Tolland did not come out. {crusher_hurt && not crusher_hid:Beverly is hurt, and will not say how badly.}
- sickbay_out ? tolland: Worf's last report: Beverly got out with Ogawa and young Tolland. The patients did not. {crusher_hurt && not crusher_hid:Beverly is hurt as well.}
- sickbay_out ? ogawa: Worf's last report: Beverly got out with Nurse Ogawa, and with none of her patients. Tolland did not come out. {crusher_hurt && not crusher_hid:A drone touched her; Ogawa says so, because Beverly will not.}
- else: Worf's last report: Beverly got out of sickbay alone. {crusher_hurt && not crusher_hid:She is hurt.}
}
{emh_log:The hologram's log reached the bridge, and Worf sent it to every command padd.|Whatever the sickbay's hologram saw, none of it is any use to you now.}
The crawl to the next hatch is a few minutes on hands and knees: time to say a thing or two to her, not everything.
- (hub)
{hub > 2:
    A hatch ahead opens on a paler, bluer light.
    -> window
}
* (federation) [Tell her you are not soldiers, and what you are]
    A hundred and fifty worlds that agreed not to be afraid of each other. It sounds thin in a crawlway that smells of scorched insulation.
    "Mm-hm. And who do you salute?" {lily_trust < 0:Then: "Don't. I've heard speeches."|You tell her. She works on it quietly.}
    -> hub
* (war) [Ask her what the war took from her]
    "Which part? I was fourteen when the cities went. My dad took me to Montana because there was nothing there worth bombing. We ate a lot of lentils."
    "Don't say you're sorry. Everybody from somewhere nicer says they're sorry."
    -> hub
* (cochrane) [Ask what Zefram Cochrane is really like]
    "Zefram? A drunk and a genius. The ship's a Titan missile with the warhead off. Do you know how long it took to find titanium that wasn't already a fence?"
    You tell her that missile is in a museum where you come from. After a while: "Is it clean? The museum?"
    -> hub
* (who_out) {holo_out} [Pass on Worf's word from sickbay]
    {sickbay_hold.carry_voss:You tell her that Beverly got every patient out, the girl with the broken back too, on a board up the shaft. Lily saw the board come up; hearing it from you is different, and her breath goes out of her in a long rush.|{sickbay_out ? patients:You tell her that Beverly got the wounded out, the ones who could {sickbay_run:walk|climb}. "Not all of them," Lily says. "I was there. {sickbay_run:The ones in the beds stayed. That hologram was reading their names out to those things when the lights went.|The girl with the broken back stayed. She couldn't be moved, and they left her.}"|You tell her who got out. She counts it, silently, and you watch her arrive at the ones who did not.}}
    {
    - lily_trust >= 2: "I left the doctor. I said goodbye like it was a plan. I just couldn't stand still in that hole any more."
    - lily_trust == 1: "I left the doctor. Scratched her a thank-you on the wall and went, like writing it made it all right."
    - else: "I left her. She turned her back for two minutes and I went without a word."
    }
    {sickbay_run && sickbay_out !? tolland:"And the kid with the labels. Tolland. He pulled me back off that thing and it took him instead. Don't tell me whose fault that was. I was holding the knife."}
    {sickbay_lily.called:"She called my name down the shaft after me. I heard it the whole way down. I kept going."}
    ** [Tell her she did what anyone would]
        "Anyone would have," you say. It is true, and it doesn't help, and she seems grateful anyway.
    ** [Tell her it's what kept her alive]
        "It is the reason you are here to say so," you tell her. "Guilt is for afterwards. We are not afterwards yet."
        "Great," she says. "Something to look forward to."
    -- -> hub
* (taken) {holo_transit} [Wonder aloud what they want with your people]
    You tell her what the hologram saw: the taken go forward, to the deflector, a dish that can shout very loudly through subspace.
    "So they want a loudspeaker," she says. "Who are they calling?"
    You don't answer. You are afraid you know.
    -> hub
* (data) [Tell her about the friend you left on Deck Sixteen]
    You tell her about Data, your friend, taken not an hour ago {data_lost ? reached:pulling you out of their hands|{data_lost ? rearguard:holding a corridor on your order|going back for a crewman you had told everyone to leave}}.
    "The metal one from the silo? He caught me when I fell."
    {pro_away:{pro_surface.behind:"You were there too. Behind him, where it was safe. I noticed."|"You were there too. You were the only one not pointing anything at me."}|"He was kind. I was shooting at him and he was kind."}
    {data_word:"Did you tell him you'd come back?" You did. "Then you'd better," she says.|"Did you say anything to him? When they got him?" You did not. "Huh," she says, and nothing else, and that is worse.}
    -> hub
* (name) {not pro_away} [Ask her name, properly]
    {holodeck.tube.calm:You gave her your name at the hatch; she never gave you hers.|"I don't believe we've been introduced," you say, and she is there before you. "Picard. Captain Picard. {lily_trust >= 1:The doctor's radio said so, and then your badge said it again|Your badge said so back at the hatch, and the doctor's radio before that}. Nobody up here whispers." That leaves only hers.}
    A pause. "Lily Sloane. Now you know as much about me as those things downstairs do."
    -> hub
+ [Save your breath for the crawl]
- -> window

= window
The crawlway opens on a crew lounge, and through its window, the Earth. # scene: Crew lounge, Deck 15
{holodeck.tube.her_way:She asked for a window.}
{
- lily_trust < 0 && lily_armed && not holodeck.tube.grab: Lily keeps the rifle on your back. "That's a screen. They had screens in the Coalition camps. Beaches."
- lily_trust < 0: Lily stops in the doorway. "That's a screen. Don't think I don't know about pictures." But she keeps looking.
- lily_trust == 0: Lily puts her palm flat on the cold glass and leaves it there.
- else: Lily crosses to the glass at a run and just breathes.
}
{holodeck.crawl.federation:"So that's one of your hundred and fifty worlds," she says at last. "The first one, I guess."}
{pro_battle.pro_cube.arms:Three centuries from this window, the Yeager held the place you gave her while Data searched, and was gone. Put the century back, and she will still have held it.|Captain Rhee came through the battle and thanked you for it, and minutes later the Yeager was gone with the rest of the fleet, not even wreckage. Put the century back, and the Yeager is in it.}
* [Let her look. Say nothing.]
    You say nothing.
    {lily_trust < 0:After a long minute she touches the glass. Screens are not cold. She takes her hand back as if burned.|After a long minute: "It's so clean. Not one crater."}
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Show her Montana]
    You find it for her, a dark place on the plains. "Your ship is under that."
    "Zefram had better be sober," she says, and her voice cracks in the middle of it, and she lets it.
* {holo_hostile} [Take her hand and put it on the glass]
    You press her palm to the window. She flinches at the cold. Screens are warm.
    "Oh," she says, very quietly. "Oh, no. Oh, it's real."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (future) [Tell her what it becomes]
    You tell her what it becomes: the hunger ended, a hundred and fifty worlds, all waiting on a drunk man's rocket tomorrow.
    {lily_trust < 0:"That's a hell of a sales pitch," she says. "You should've led with the window."|"Tomorrow," she says. "No pressure." She tries to laugh, and it comes out wet.}
    {holodeck.tube.truth:"You told me all this in the tube. I didn't believe you in the tube."}
- (weapon) {
  - holodeck.tube.grab: You hold the weapon now. She waits to see if you keep it.
  - lily_armed: Her rifle has drooped to the carpet, forgotten.
  - else: She has forgotten your phaser in her hand.
  }
* (handed) {not holodeck.tube.grab && lily_trust_picard >= 2} [Hold out your hand for the weapon]
    She puts the {lily_armed:rifle in it, stock first|phaser in it, grip first}.
    It is set to the lowest stun there is. Neither of you mentions it.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> he_holds
* (refused) {not holodeck.tube.grab && lily_trust_picard < 2} [Hold out your hand for the weapon]
    Her grip tightens. "I like you better than I did. Not that much."
    -> she_holds
* (keep) {not holodeck.tube.grab} [Tell her to keep it]
    "Keep it," you say. "Point it at them and not at me, and we'll get along."
    She nods, surprised, {lily_armed:lifts the rifle off the carpet|brings the phaser up} and turns it on the doorway.
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
The Deck Fifteen corridor is green at the far end. # scene: Corridor, Deck 15
{pro_listened >= 1:You hear them before Lily does.|You smell them first: ozone and something sweet.} Two drones come round the junction walking a crewman. Two more follow, carrying.
{holo_lily_gun():Lily's weapon comes up, shaking.|Lily's hand closes on your sleeve.} A sound starts in her throat.
* [Put your hand over her mouth and hold still]
    You get your hand over her mouth and your body between her and the junction, and hold still.
    The drones pass without turning.
* [Talk her down, very low]
    "Look at me. Not at them. Breathe with me."
    Her breath shudders and slows. The drones pass the side passage without turning.
* (shot) {holo_lily_gun()} [Let her shoot if she must]
    You don't stop her. Two bolts stagger the nearer drone; the third slides off a green shimmer.
    {holo_adapt:The hologram's figure, to the shot.|The same as outside engineering. Lily goes white.}
    Then every drone turns and looks at you.
- (seen)
{
- holo_corridor.drones.shot: The two with the crewman hurry her on under the junction light: {pro_warned:Ensign Abara from stellar cartography|Ensign Yusra Haddad, who went into a tube on Deck 16 this evening after Lieutenant Porter}, metal at her temple. {holo_transit:They take her forward, towards the deflector, as the hologram's log said.} The two behind drop their field coil and come for you.
- else: The crewman is {pro_warned:Ensign Abara from stellar cartography|Ensign Yusra Haddad, who went down a tube after Porter this evening}, metal at her temple.
}
{
- assault_order ? fire_first: You told your people to fire first on faces they knew. You cannot say it about this one.
- assault_order ? bring_back: Bringing them back cost you Ensign Marr. You measure the distance to her anyway.
- else: You gave Lindqvist no answer about a face like this. You still have none.
}
{not holo_corridor.drones.shot:{holo_transit:Forward, to the deflector, as the hologram's log said, with a field coil from the dish's housings. They are building something there.|The two behind carry conduit and a field coil you half recognise.}}
{holo_transit && plan_known < 1:
    ~ plan_known = 1
}
* (dragged) {holo_corridor.drones.shot} [Drag Lily back out of its reach]
    You haul her back by the collar. The drone's hand closes on the {lily_armed:rifle|phaser} instead, and she lets go.
    Green threads run over it like frost. "My gun," Lily says, as though it had been a pet.
* (between) {holo_corridor.drones.shot} [Step between her and it]
    You step in front of her. The drone's hand closes on your forearm, and for one second you are on both sides of the grip. {pro_listened >= 1:It knows you. It is glad.}
    You tear free. Four grey fingermarks stay on your skin.
    "You got in front of me," Lily says, like an accusation.
    ~ obsession = clamp(obsession + 1, 0, 6)
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* {not holo_corridor.drones.shot && not holo_transit} [Follow them, a little way]
    You follow them twenty metres until you see the line going on towards the bow, towards the one place that coil could fit.
    The deflector dish. One fact, for a minute you may not have.
    ~ plan_known = 1
* {not holo_corridor.drones.shot && not holo_transit} [Let them go. Get Lily clear.]
    You let them go, and get Lily clear.
* {not holo_corridor.drones.shot && holo_transit} [Say her name, under your breath]
    "{pro_warned:Abara|Haddad}," you say under your breath, as if she might still obey. She doesn't turn.
* {not holo_corridor.drones.shot && holo_transit} [Look away, and count the coils instead]
    You count what they carry instead of looking at her face: two coils, four lengths of conduit, all going forward.
- (turn) {holodeck.tube.up:The ladders up are welded shut; when you go up, it will have to be by the lifts. }Holodeck Three is at the end of this corridor. An idea comes, in a voice nearly your own.
{pro_listened == 2:We can use that, it says. You don't correct the pronoun.}
{holo_corridor.drones.shot:The drones are coming already. The only question is where they follow you.}
* (lure) [{holo_corridor.drones.shot:Slow down, and make sure they keep coming|Let the drones see you, and lead them on}]
    ~ holo_press()
    {holo_corridor.drones.shot:You slow to a walk.|You step out where the nearest drone can see you.} {holo_cold > 1:Each cold thing tonight has come easier than the one before.|Something in your chest goes still and pleased.}
    "What the hell are you doing?" Lily hisses.
    "Bringing them," you say. "I need one of them. Run."
    They are ten steps behind you all the way to the doors.
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* [Run for the holodeck{holo_corridor.drones.shot:, and hope to lose them| before they turn}]
    You take her wrist and run.
    {holo_corridor.drones.shot:Behind you, unhurried, they follow.|Nothing follows yet. But a running holodeck draws power, and power will bring them. You have a few minutes.}
- -> holo_arch

// ---------------------------------------------------------------------------
=== holo_arch ===
~ holo_band()
Holodeck Three is a black room ruled in yellow. # scene: Holodeck 3
"What is this? Where's the rest of it?"
"A room that pretends," you tell her.
"Does it pretend a door that locks?"
* (door_no) [Tell her no]
    "No," you say. "Not one that would stop them."
    She laughs, short and ugly. "Of course not."
* (door_better) [Tell her it pretends something better]
    "Better. It pretends a place they don't understand."
- {holo_rushed():The drones are close behind you.|The drones will find the power draw soon enough.}
-> panel

= panel
{holo_corridor.drones.between:Your forearm has gone cold. }You key in Dixon Hill: the Club Tangier, 1941. With the safeties on, its bullets are only noise.
{holo_adapt:Two shots, and the third wasted. A bullet is not light.|In there, the rules are whatever you tell the computer.}
* (off) [Take the safeties off]
    ~ holo_press()
    "Computer, disengage the safety protocols. Hostile intruders. Lethal force required." It accepts both, in the tone it uses to serve tea.
    {holo_cold > 1:
        "You've done that before today," Lily says. "You didn't even blink."
    - else:
        "What did you just tell it?" Lily asks. "To stop pretending," you say.
    }
* (ask_off) {holo_lily_gun()} [Ask Lily. It's her life in there too.]
    You tell her what the safeties are and what it would mean to turn them off, and you ask her.
    {lily_armed:{lily_trust >= 1:Beverly gave her that rifle at the junction on Deck 15.|She came away from the junction on Deck 15 with that rifle.}|She has had your phaser since the tube.} "Off. If it can kill them, I want it to."
    You key it in, uneasy at how glad you are she chose it.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (ask_on) {not holo_lily_gun()} [Ask Lily. It's her life in there too.]
    You tell her what the safeties are and what it would mean to turn them off, and you ask her.
    "So some cartoon could kill me? Leave them on. I'm not dying in a story."
    You leave them on. A small, cold part of you wishes she were wrong.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Leave them as they are]
    You leave them on. Whether that is principle or caution, there will be time to decide.
-
{holo_rushed():
    -> rushed
}
-> dress

= rushed
No time to dress. {holo_corridor.drones.lure:The drones you called are ten steps behind.|The drones are in the corridor outside.}
You go through the arch.
-> holo_club

= dress
"We'll stand out," you say, half to yourself.
* (cast) [Let the program cast you both]
    The arch dresses you in Dixon Hill's raincoat and hat, and Lily as the hat-check girl: red jacket, pillbox hat, cigarette tray.
    She looks down at herself. "Three hundred years on, and I'm still the help."
    "The hat-check girl goes everywhere, and nobody looks at her twice." {holo_lily_gun():{lily_armed:She slings the rifle down her back under the tray's strap, where it does not suit the part at all.|She lays the phaser in the tray under a fan of cigarette packs.}|She straightens the hat.}
* (lily_picks) [Let Lily choose her own costume]
    She flicks past a hundred and twelve gowns to a man's chalk-striped suit.
    "Pockets," she says. You, in Dixon Hill's raincoat, do not mind standing next to her at all.
* [Go in as you are]
    You go in as you are, torn uniform and sickbay gown.
- You go through the arch.
-> holo_club

// ---------------------------------------------------------------------------
=== holo_club ===
~ holo_band()
Rain on the windows, Mae Fontaine singing: the Club Tangier, just as you left it. # theme: noir # scene: The Club Tangier, San Francisco, 1941
Gus is behind the bar. "Mr. Hill." {holo_arch.dress.cast:His eyes go to Lily's tray. "And who's this?"|{holo_dressed():His eyes go to Lily. "And the lady is?"|He looks at your uniform and Lily's gown. "Costume party or hospital?"}}
{
- holo_arch.dress.lily_picks: "My associate," you tell him. Lily tips her hat like she's done it all her life.
- holo_arch.dress.cast: "New girl on the hats," you tell him. Lily gives him a smile like a door closing.
- else: "Hospital," you tell him. Gus shrugs.
}
"This is what you do for fun?" Lily says into your ear. # speaker: Lily
* (long_nights) [Admit it: on long nights, yes]
    "On long nights. Every problem here is solved by the end of the chapter."
    "Sure," she says, looking at the guns under the jackets. "Real restful."
* (research) [Call it historical research]
    "Historical research," you say gravely.
    She looks at the gangsters and the singer's slit dress. "Very serious about history."
* [Tell her to stay in character]
    "Mr. Hill's people don't ask questions in public," you murmur. She gives you a look that would strip paint, and plays along.
- -> lay

= lay
You have {holo_arch.dress:a few minutes|a minute, maybe less}. You get the lay of the room.
* (lenny) [Find Lenny Vosk's table: the program's gangster, and his violin case]
    Lenny Vosk is at his table by the kitchen door, big and soft, his violin case beside him. It has never held a violin.
    "Hill. You're a long way from your office." He keeps one hand on the case. Everybody knows what's in it.
* (band) [Take a table near the band]
    You take the table by the stage. Mae looks down between verses as if she has already forgiven you something you haven't done yet.
    Lily watches her. "She's a hologram? She's better at that look than anyone I've ever met."
* [Buy Lily a drink at the bar]
    Gus pours two ryes. Lily drinks hers like medicine. "Better than anything in Montana. Zefram would cry." Her hands have almost stopped shaking.
- -> turn

= turn
Grey doors that do not belong to 1941 open at the top of the stairs. # pause
A drone steps into 1941. The band plays on.
{pro_listened >= 1:We are here, the hum observes, and for half a second you agree.|Your mouth goes dry.} Two more follow it.{holo_corridor.drones.lure: You called them.}
{not holo_adapt:"Our phasers fail against them after a few shots," you murmur, because she ought to know what the guns in this room can and cannot do. "So don't use light," Lily whispers back. "{holo_club.lay.lenny:That fat man's violin case|Half the men in here have real guns}. Bullets don't care about frequencies."}
* (gun) {holo_unsafe()} [{holo_adapt:Lead, not light. Go for Lenny's violin case.|Take Lily's idea. Go for Lenny's violin case.}]
    ~ holo_route = fought
    {not holo_adapt:
        ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    }
    -> holo_fight
* (gun_unsafe) {not holo_unsafe()} [{holo_adapt:Safeties off. Then the violin case.|Take Lily's idea, though it means the safeties off: the violin case.}]
    ~ holo_press()
    "Computer, disengage the safety protocols," you say quietly, and give it your voice and a reason.
    {holo_arch.panel.ask_on:Lily hears it. You asked her, and she told you to leave them on. She says nothing, and that is worse.|Lily hears it and says nothing.}
    {holo_arch.panel.ask_on:
        ~ lily_trust_picard = clamp(lily_trust_picard - 2, -1, 3)
    }
    ~ holo_route = fought
    -> holo_fight
* (sit) [Sit down. You're Dixon Hill; she's {holo_arch.dress.lily_picks:your associate|a woman with a missing husband}.]
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
You cross the room the way Dixon Hill crosses rooms. Lenny Vosk's hand is on the violin case, and his boys' hands are inside their jackets.
"Lenny," you say. "I need to borrow your fiddle."
"Nobody plays my fiddle, Hill." He smiles with half his face. "Not even me, on Sundays."
* [Show him the licence and lean on him, Dixon Hill style]
    You put your licence on the tablecloth and lean in: the men on the stairs are federal, here for him, and he walks out tonight only if a friend does his shooting.
    Lenny is a coward when it counts; the author saw to that. He slides the case across. "You owe me, Hill."
    "Put it on my tab," you say, and for a moment you are almost enjoying yourself.
* [Take it]
    You take the case. Lenny's nearer boy comes up with a revolver, and you put your elbow into his throat without looking.
    {holo_unsafe():With the safeties off, the sound he makes is a man's sound.|He folds the way the program makes people fold.}
    Lenny keeps his hands on the table. "Hill, what got into you?"
* {holo_club.lay.lenny} [Call in the favour he owes Dixon Hill]
    "You owe me for the Carmody business, Lenny." You played that chapter one wet afternoon years ago, and he has owed Dixon Hill ever since.
    Lenny's face works through pride and fear and arithmetic. He pushes the case across. "Then we're square, Hill."
* {holo_lily_gun()} [Have Lily cover them while you take it]
    Lily is already at your shoulder, the {lily_armed:rifle|phaser} levelled at Lenny's soft middle. Nothing in 1941 looks like it. Nobody moves.
    "Nice and easy, fatso," Lily says, and you take the case.
- The case opens on red velvet and a Thompson submachine gun with a drum the size of a pie tin. You have never fired one. Your hands seem to know how.
{holo_adapt:A bullet doesn't ask for a frequency. It is your idea, and you do not like how good it feels.|Lily's idea. Lead doesn't ask for a frequency. Nobody in your century thinks about lead.}
-> burst

= burst
The drones come down the stairs. The band stops mid-bar, and Mae Fontaine puts her hand to her mouth.
The first drone reaches the dance floor, tubules sliding from its wrist, looking at you.
* [Short bursts, the way the book says]
    Squeeze, let go, squeeze. The gun bucks and roars, and the drone sits down on the dance floor like a drunk. The second takes two bursts. The third takes one.
    No shimmer. They simply fall. {holo_adapt:You were right.|Lily was right.}
* (drum) [Empty the drum into them]
    ~ holo_press()
    You hold the trigger down, dragging the climbing gun back, a long tearing roar that goes on after the third drone has stopped moving, until the bolt clacks on nothing.
    "Picard!" Lily has been shouting for a while. "They're down. Stop."
    You stop, and make your face stop too.
    {holo_cold > 1:It came easier than it should have. You know what that is called. You were it once.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* {holo_lily_gun()} [Fire beside Lily, both of you at once]
    You fire; she fires. Her third shot slides off the shimmer, and your bursts go through it as if it isn't there, because for bullets it isn't.
    "Oh, that's beautiful," Lily says. "They can't learn that. They forgot how." She sounds like someone who has been losing a war for ten years and just saw a way not to.
- (cost) The music does not come back. The smoke hangs.
{holo_fight.burst.drum:Behind the bar, Gus lies across the duckboards with his polishing cloth in his hand. Three of your rounds went through the mirror behind him, and one did not. With the safeties off, your bullets were as real as he was.|One burst went wide and took the mirror to pieces. Gus comes up with glass in his hair. "Who pays for that, Hill?"}
{holo_fight.burst.drum:Lily goes to the end of the bar and looks over it, and comes back, and does not look at you.}
{holo_fight.burst.drum:
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
}
{holo_fight.burst.drum && holo_lily_gun():She is holding her arm: a sliver of mirror, not deep, bleeding, real. "It's glass. I've had worse from my own kitchen."}
{holo_fight.burst.drum && holo_lily_gun() && obsession >= 6:
    -> holo_brink
}
-> after

= after
Three drones lie in the spilled rye, the holograms standing round them like a crowd at a car wreck. {pro_listened >= 1:The hum has gone quieter by three voices.}
{holo_fight.burst.drum:When Lily looks at you at last, she looks a long time.|Lily is looking at you, not the drones.} "You knew exactly how to do that. You didn't look scared. You looked — I don't know what you looked."
* [Tell her it had to be done]
    "It had to be done," you tell her, "and it was done quickly{not holo_fight.burst.drum:, and no one of ours was hurt}."
    "Sure," she says, and keeps reading your face like small print.
* [Say nothing. Check the gun.]
    You say nothing. You click a fresh drum home and work the bolt, because there may be more, and because your hands want something to do.
    "Right," says Lily. "Okay."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* [Ask her if she's hurt]
    "Are you hurt?" you ask her, and you mean it, and she sees that you mean it.
    {holo_fight.burst.drum && holo_lily_gun():"A scratch," she says, holding her arm. "I'll live. I've got a rocket to launch."|"No," she says, and then, surprised: "No. Are you?" You find you don't know how to answer that.}
- -> take

= take
One drone still moves, a hand opening and closing. Behind its eyepiece is a neuroprocessor, and everything it has been told.
{pro_warned:You do not know its face. You are ashamed of being grateful.|You know its face. It was Lieutenant Porter's, who went down the tube this evening to find out why the deck was too hot.}
* (living) [Take it now, while it still moves]
    ~ holo_press()
    You kneel in the rye and find the seam at its forehead by memory. It comes away with a small wet click, and the hand stops.
    It is warm in your palm, lit, intact.
    {holo_cold > 1:"We—" you begin, and hear it, and stop. Lily heard it too.|Lily has turned away. You hear her being sick, quietly, behind a pillar.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (careful) {lily_trust_picard >= 1} [Ask Lily to hold it steady while you work]
    "I need your hands." She kneels on the drone's arm and holds its head while you find the seam.
    "Like pulling a board. Don't twist. Lift." It comes away whole, and the drone goes still at once.
    Her hands are perfectly steady. "Engineer," she says. "We hold things."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Wait until it is still]
    You wait; you tell yourself it is mercy. When the hand stops and you take the processor out, some of its lights are dark, its last orders wiped as it died. What is left is damaged, and perhaps enough.
- -> holo_leave

// ---------------------------------------------------------------------------
// Route two: hiding inside the fiction.
=== holo_hide ===
~ holo_band()
-> table

= table
You sit Lily at a table{holo_dressed():, and take off your hat|}. "We belong here," you tell her, very low. "A detective and {holo_arch.dress.lily_picks:his associate, talking about a missing husband|a woman whose husband has gone missing, talking it over}."
"I haven't got a husband," Lily hisses.
{holo_arch.dress.lily_picks:"The client has," you say, "and he's very well hidden, and she's paying us to find him."|"Then he's very well hidden," you say, "and you're paying me to find him."}
* [Light her cigarette]
    You lift a cigarette from the first tray within reach, put it between her lips, and strike a match on your thumbnail, as you have always wanted an excuse to.
    She draws on it, and coughs, and glares at you through the smoke. "I quit these in '52."
    "Don't inhale," you tell her. "Just look as if you might."
* [Order for both of you]
    You order two gin rickeys in Dixon Hill's voice. Lily watches the waiter go. "Everybody in here knows their lines."
* {holo_club.lay.band} [Signal Mae for a song]
    You lift two fingers at Mae, and the band goes into something loud and full of brass that turns every head to the stage.
    "Nice," Lily breathes. "Cover fire."
    "Something like that," you say.
* [Talk the case, loud enough to be heard]
    {holo_arch.dress.lily_picks:"The husband," you tell her, in a voice that carries just to the next table, "was last seen boarding a streetcar on Market Street with our client's eleven thousand dollars and a woman in a yellow hat."|"Mrs. Sloane," you say, in a voice that carries just to the next table, "your husband was last seen boarding a streetcar on Market Street with eleven thousand dollars and a woman in a yellow hat."}
    Lily catches it and runs. {holo_arch.dress.lily_picks:"That dirty, no-good snake. I'll bet you it was the sister's hat." A laugh escapes her, and she turns it into a cough behind her hand.|"That dirty, no-good snake. It was her sister's hat." A laugh escapes her, and she turns it into a sob into her napkin.}
    It is the first time you have heard her laugh and mean it.
- -> pass

= pass
The drones come down the stairs and fan out among the tables. The music doesn't stop.
Two heartbeats in a room of light, and the drones know it.
{not holo_dressed():"Hey! You two from the hospital!" Gus calls, pointing with his cloth. "Your friends are here!" Every head turns your way, including one that isn't holographic.}
{not holo_dressed():Lily laughs, loud and bright. "Tell 'em to get their own table, Gus!" The room laughs. A joke is not a threat; the drone moves on, and Lily's hand under the table crushes your fingers.}
{holo_dressed():The nearest drone|Then another} turns toward your table. Three steps. Two. {pro_warned:You don't know its face.|You know its face. It was Lieutenant Porter.}
* (dance) [Take Lily's hand and dance]
    You hold out your hand, and after a terrible moment she takes it, and you dance to something slow about a train. Neither of you is any good. You hold each other up.
    The drone passes an arm's length from her back. You turn her slowly so that you are between them, and it goes by.
    "You're treading on my feet," she whispers into your collar.
    "Keep doing it," you whisper back. "It's very convincing."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Keep your eyes on the table]
    You look at the tablecloth, at a cigarette burn somebody programmed into it in 1941, and not at the eyepiece light moving across your hands and Lily's face.
    Lily's hands are flat on the tablecloth so they won't shake. The drone waits, and goes.
* [Look it in the face]
    You meet its eye, the real one and the other, and it looks back the way a hand feels for a pocket it knows is there.
    {pro_listened >= 1:The hum tells you its designation, and then, like a kindness, its old name.|You see the person under it, a scar on the chin you once asked about in a turbolift.} Then it moves on.
    Lily lets out a breath. "Why'd you do that?"
    "So that I would remember it," you say. You will.
- -> booth

= booth
One drone has gone into the telephone booth and put its hand to the service panel behind the wood. Its display glows green, too far away to read.
* (phone) [Make a telephone call from the next booth]
    You stroll into the next booth, a man who owes somebody a call, and lift the receiver. Two feet away, through the glass, the drone's display scrolls schematics.
    The main deflector, rebuilt, with the warp core's power routed into it. A subspace carrier, shaped and waiting. And in a notation you read without effort, a heading: across the galaxy's core, into the Delta Quadrant.
    The Collective of this century is out there, and does not know about Earth yet. This is a letter to it. {pro_listened >= 1:The hum reads along, and approves.}
    An operator with a Brooklyn voice asks you what number you want. You tell her you've changed your mind.
    ~ plan_known = 2
* (lily_looks) {lily_trust_picard >= 1} [Send Lily past it for a look]
    "You're an engineer," you murmur. "Can you read a schematic at a glance?"
    "Can I read—" She stands up before she has finished being offended{holo_arch.dress.cast:, and works her way along the wall selling Luckies until she is at the booth's door|, and walks past the booth on her way to the powder room}, and takes a long look through the glass.
    She comes back white. "That's a transmitter. The big dish at the front, with your engine's power poured into it. A radio the size of a house, Picard. And it's aimed out. There's a string of numbers under it I didn't like."
    You can guess what those numbers say. You did not see them.
    {plan_known < 1:
        ~ plan_known = 1
    }
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Stay put and let it finish]
    You stay put. Being furniture has kept you alive so far. After two minutes the green light goes out.
    You saw nothing you can use. {plan_known >= 1:Whatever it read goes forward to the deflector.|Whatever it read, you will not know it.}
- -> tail

= tail
One by one the drones go back out through the grey doors. The last pauses on the landing with its back to you. Alone.
{holo_lily_gun():Lily has the {lily_armed:rifle|phaser}.|{holo_picard_gun():Your phaser is in your hand, down out of sight; you don't remember drawing it.|Neither of you has anything to fire. Your hands are empty on the tablecloth, and you find that they are fists.}}
{pro_listened >= 1:One alone, the hum suggests. Before it rejoins. We would know everything.|One alone. Take its processor, and you would know everything.}
* (reach) [{holo_lily_gun() or holo_picard_gun():Take the last one as it goes|Go after it with your bare hands}]
    ~ holo_press()
    {
    - holo_lily_gun() or holo_picard_gun():
        {holo_lily_gun():You take Lily's weapon before she can stop you.|You bring the phaser up.} Two shots stagger it; the third spreads across a green shimmer, and it turns and looks down at you.
        Then it goes, as if you were not worth the trouble. You have learned nothing, and told them you are here.
    - else:
        You are halfway to the stairs before you know it, meaning to take a drone apart with your fingers. Lily catches your wrist and hangs on with her whole weight.
        The drone does not even turn round. The doors close on it.
    }
    {obsession >= 6:
        -> holo_brink
    }
    -> held
* [Let it go]
    You let it go. It is the hardest thing you do all night{holo_hide.pass.dance:, harder than the dancing}. Lily lets out a long breath.
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
You know this chapter: at ten past twelve the Kessler outfit comes for Lenny Vosk, and at a quarter past Lieutenant Brannigan raids through the kitchen.
The drones have walked into a story without reading it. {holo_unsafe():With the safeties off, everything in it is as hard as it looks.|The safeties are on, but a hologram still weighs what it looks as if it weighs.}
"What are you smiling at?" Lily whispers.
"I know how this chapter ends," you tell her. "They don't."
* (mob) [Tell Lenny they're Kessler's men]
    You tell Lenny Vosk, out of the side of your mouth, that the gentlemen on the stairs are Kessler's new boys from Chicago, come for him.
    Lenny always believes the worst. He flips open the violin case, and his boys stand up with their hands full.
    {holo_unsafe():The Tangier fills with noise, bullets the computer no longer stops. The first drone goes down on the stairs. The second puts a hood through a table before it falls, still moving, and Lenny's other boys sit on it. You did not fire a shot. You only told a story.|Lenny's rounds go through the drones like rain through a streetlight. Then his boys do what hoods always do in this story: they pile on, four big men on one drone, and it heaves and cannot rise.}
* (raid) [Call the raid early]
    "Computer," you say, low, in your own voice, "advance the narrative to the police raid. Now." And then, in Dixon Hill's voice, louder: "Here come the cops."
    Lieutenant Brannigan bangs through the kitchen doors with a dozen uniforms and a whistle in his teeth, and goes for the strangest men in the room, as cops in this story always do. Which is the drones.
    Three of them bring the first drone down across a table, and more pile on. Its tubules slide into a policeman's neck and find only light, and he goes on sitting on it, writing in his notebook. You laugh once, out loud.
* (cellar) [Walk them into the cellar and close the story on them]
    You walk Lily through the cellar door behind the stage, and let the nearest drone see you go. It follows.
    When it is half through the doorway, you say quite calmly, "Computer, restore the cellar wall." The wall comes back. It does not go round the drone. It goes through it.
    The drone hangs in the wall from the chest up, like an insect in amber. The others stop at the top of the stairs. "Oh, God," Lily says. "You clever, horrible man."
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
- -> burn

= burn
{holo_fiction.lever.cellar:Up in the club, a drone|Across the room, a drone} puts its hand to an emitter, and the Club Tangier begins, in patches, to stop. Mae's song sticks on one word.
They are unmaking the story to get at you. You have known Gus longer than most of your crew.
{
- holo_fiction.lever.cellar: In the cellar wall, the pinned drone has stopped struggling and is listening to the others.
- holo_fiction.lever.raid: Under the heap of policemen, the pinned drone has stopped struggling and is listening to the others. The one with the notebook has stopped writing.
- else: Under Lenny's boys, the pinned drone has stopped struggling and is listening to the others.
}
If the program goes, {holo_holders()} go{holo_fiction.lever.cellar:es} too, and nothing will be holding it.
* [Let it burn. Keep the drone held.]
    You let it burn: the band first, then the bar, then Mae's voice in the middle of its one word. You keep your eyes on {holo_holders()}, and {holo_fiction.lever.cellar:it holds|they hold}. Just long enough.
    It is only a program. You had not known how often you went back to it.
* (both) [Try to save both]
    "Computer, freeze all characters except those in contact with the intruders." Under the interference it cannot tell one character from another, it says pleasantly, while Gus vanishes from the waist down.
    There is no saving both. The program burns with you standing in it. {holo_fiction.lever.cellar:The wall holds.|{holo_fiction.lever.raid:The policemen hold.|Lenny's boys hold.}} Just long enough.
* (saved) [Freeze the program and save it]
    "Computer, freeze program and save." The Club Tangier stops: Mae with her mouth open, Gus mid-polish, the smoke hung in the air like grey wool. A frozen program lets go of everything it was touching, to keep its people whole, and what held the drone lets go of it too.
    It gets up, looks at you, and goes out through the grey doors, and you are left in a still photograph of 1941 with nothing in your hands.
    Lily is staring at you. "You let it go," she says. "For a nightclub."
    "For the people in it," you say, and hear how that sounds, and do not take it back.
    ~ obsession = clamp(obsession - 1, 0, 6)
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
    -> holo_leave
- -> take

= take
The last of the club goes dark, and there is only the one drone, {holo_fiction.lever.cellar:hanging in a wall the computer still remembers|pinned under the last flickering weight of the men who held it}.
{pro_warned:You do not know the face, a mercy you did not earn.|You know the face. It was Lieutenant Porter's.}
* (living) [Take it now, while it lives]
    ~ holo_press()
    You find the seam at its forehead by memory; you remember being on the other side of a hand like yours. It comes away warm, lit, whole, and the drone goes slack {holo_fiction.lever.cellar:in the wall|under its flickering captors}.
    {holo_cold > 1:Lily says your name in a voice you have not heard her use. You have been kneeling there some time, turning the processor in your fingers, as if listening.|Lily has turned away, breathing hard, the way people breathe when they will not be sick.}
    ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
* (careful) {lily_trust_picard >= 1} [Let Lily find how it's seated]
    "It's a part," Lily says, kneeling beside you. "Seated in something. They always come out one way." Her fingernail traces the seam, shaking, then not. "Lift there. Don't twist."
    It comes free, whole, and the drone goes quiet as if a switch had been thrown. "Engineer," she says, not quite steadily. "We take things apart."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* [Wait until it is still]
    You wait for the eyepiece to dim, a long minute, Lily holding your sleeve. By then half the processor's lights are dark, its last orders wiped. What is left is damaged, and perhaps enough.
- -> holo_leave

// ---------------------------------------------------------------------------
=== holo_leave ===
~ holo_band()
The holodeck doors close behind you. # theme: ship # scene: Corridor, Deck 15
{
- holo_route ? fought && holo_fight.burst.drum: The Thompson fades from your hands.
- holo_route ? fought: The Thompson goes out like a candle at the threshold; only the ache in your shoulder is real.
- holo_route ? hid: Behind the doors, Mae Fontaine is still singing to an empty table. The program will run until someone tells it to stop.
- holo_fiction.burn.saved: The Club Tangier is saved, frozen a few minutes after midnight, its people waiting with their mouths open.
- else: The Dixon Hill program is gone, corrupted beyond recovery.
}
{holo_dressed():At the threshold 1941 slides off you both like water, {holo_arch.dress.cast:your raincoat and her pillbox hat and tray|your hat and her chalk stripes}, and Lily is barefoot in her sickbay gown again.{holo_arch.dress.cast && holo_lily_gun() && not lily_armed && not holo_hide.tail.reach: Your phaser falls out of the vanishing tray, and she catches it without looking.}}
{
- holo_route ? fought || (holo_route ? fiction && not holo_fiction.burn.saved): -> holo_neuro
- holo_route ? hid: -> stillrunning
- else: -> holo_close
}

= stillrunning
* (end_it) [End the program]
    "Computer, end program." Behind the bulkhead the Club Tangier folds itself away, Mae and Gus and the rain. Only tidiness, you tell yourself.
* (left_running) [Leave it running for Mae]
    You leave it running. The drones walked through this room and took nothing from it; let it go on being the one place aboard they could not spoil.
    Lily watches you decide it. "You'd leave a light on for a ghost," she says. It does not sound like a complaint.
- -> holo_close

// ---------------------------------------------------------------------------
=== holo_neuro ===
~ holo_band()
-> read

= read
You kneel in the corridor with the neuroprocessor and a tricorder. {holo_intact():Its lights still move, orderly as a city seen from orbit.|Half its lights are dark.}
* [Wire it to the tricorder and read it the slow way]
    You bridge it to the tricorder with conduit foil and assemble the fragments slowly, believing nothing twice.
* (lily_reads) {lily_trust_picard >= 1} [Give it to Lily. She builds things.]
    She sits cross-legged on the deck with it, talking to it under her breath like a carburettor.
    "Somebody built it, so somebody can read it." She finds timing data you would not have known to look for.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (listen) {carried_heard} [Close your hand on it and listen]
    ~ holo_press()
    You close your hand on it. {pro_listened == 2:The door is still open. You walk through it.|The door is still ajar. You push it.}
    It is a crowd behind a wall, all saying one thing, and it is like coming home. When you open your eyes Lily has backed away to the far bulkhead.
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
- learned >= 3: It is all there: an interplexing beacon built from the deflector dish, to call the Collective of this century in the Delta Quadrant. Three magnetic locks hold the array to the dish. By the drone's last reckoning, it is a little over an hour from finished.
- learned == 2: Enough is there: an interplexing beacon built from the deflector dish, to call the Collective of this century in the Delta Quadrant. How it is held, and how long there is, {holo_intact():you cannot read|went dark with the drone}.
- else: Not enough is there: the deflector dish, much work on it, and a fragment of an order about a call.
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
- holo_neuro.read.listen: "What did it say?" Lily asks from the far bulkhead. You tell her aloud, because it needs a human voice before you can trust it.
- holo_neuro.read.lily_reads: Lily reads the last of it twice, to be sure.
- else: Lily reads over your shoulder as if it were a parts list.
}
{learned >= 2:"A radio made out of your ship's nose," she says.{holodeck.crawl.taken: "I said loudspeaker. I hate being right."}}
{learned >= 2:She looks at the ceiling, as if she could see through it. "And there's somebody out there to answer it?"}
* (told_more) {learned >= 2} [Tell her: more of them, out there, now]
    "More of them. Very far away, and not yet interested in you.{learned >= 3: In a little over an hour, they will be.}"
    "That's a lot for one night," she says, and her voice almost works.
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* (spared) {learned >= 2} [Spare her: someone who mustn't answer]
    "Someone who must never hear it," you say. She lets you not say the rest.
* ->
    "That's all?" She stops herself. "Sorry. That's not nothing."
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
You walk to the turbolift. {crusher_hurt && not crusher_hid:Beverly will be working as if her wound were nothing.|Beverly will want to know where you have been.}
{
- holo_arch.door_better: "A place they don't understand," Lily says. "You were right. I wish you weren't."
- holo_club.research: "Historical research," Lily says at last. "You're a terrible liar, Picard. That's a compliment."
- holo_club.long_nights: "Long nights," Lily says at last. "I've got a silo for those."
- holodeck.crawl.data: "The metal one," Lily says at last. "You're going back down there for him." It isn't a question.
- holodeck.crawl.name: "Lily Sloane," she says at last, trying it out. "You're the first one up here who asked."
}
Then Lily stops walking.
{
- holo_route ? fought && holo_fight.burst.drum: "You kept firing after they were down. And Gus. He wasn't real, and you killed him anyway, and you didn't even look round. I looked."
- holo_route ? fought: "You smiled when you had that gun. Like a man who'd found something he lost."
- holo_route ? hid: "That one at our table. {holo_hide.pass.dance:{pro_warned:You turned me round so it would pass my back, and you kept dancing.|You knew him, and you turned me round so he'd pass my back, and you kept dancing.}|{pro_warned:You went white when it came close, and you still didn't move.|You knew him, and you sat there and let him walk by.}} {holo_hide.tail.reach:And then you went after the one that didn't matter.|I couldn't have done that.}"
- holo_fiction.burn.saved: "You froze them, your singer, your barman, and walked out with nothing in your hands." She has had to start over on what kind of man you are.
- holo_fiction.burn.both: "You tried to save them. It said no, and you stood there while it burned and never took your eyes off that thing in the {holo_fiction.lever.cellar:wall|heap}." She is working out whether the asking counts.
- else: "You burned your favourite thing to get a piece of metal out of a man's head." She is working out what kind of man you are.
}
* [Tell her the truth about it]
    {
    - holo_route ? fought && holo_fight.burst.drum: "Yes. If I had looked, I might have stopped, and I did not want to stop."
    - holo_route ? fought: "Yes. For a moment I wasn't afraid of them." You don't say that you would like to feel it again.
    - holo_route ? hid: "Yes. I wanted to take every one of them apart. Some days it is the only thing I want."
    - holo_fiction.burn.saved: "Yes. I chose people who are not people over what they are building. I do not know if that makes me a better man or a worse captain."
    - holo_fiction.burn.both: "Yes. When I could not have both, I kept the one I came for. The asking was for me."
    - else: "Yes. It is the kind of choice I am very good at. I used to be proud of that."
    }
    "Okay," she says at last. "Thanks for not lying."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, -1, 3)
* {not holo_fiction.burn.saved} [Tell her it was necessary]
    "It was necessary," you say, level and reasonable, and hear how much it sounds like the thing in your head.
    {obsession >= 4:"Everything's necessary with you," Lily says, and walks on a step ahead.|"Okay," Lily says. "That's what everybody says."}
    {obsession >= 4:
        ~ lily_trust_picard = clamp(lily_trust_picard - 1, -1, 3)
    }
* {holo_hide.pass.dance} [Tell her she dances worse than you do]
    "You were treading on my feet too," you tell her.
    She laughs, really laughs, bent over in a corridor full of green light.
* {not (holo_route ? fiction)} [Thank her for what she did in there]
    "Thank you for {holo_route ? hid:{holo_dressed():keeping still while they walked past|the joke to Gus}|keeping your head}."
    "You'd have come out. Just worse." But she walks close enough that her arm brushes yours.
* {holo_route ? fiction} [Thank her for coming in there with you]
    "Thank you for {holo_fiction.take.careful:your hands in there. Lift there, don't twist|staying}."
    "You'd have come out. Just worse." But she walks close enough that her arm brushes yours.
- {crusher_hid == 2:
    "Your doctor," Lily says, not looking at you. "One of those things caught her. Grey lines under the skin, like frost. She covered it up on the ladder. Somebody ought to know who isn't her."
    You will have to decide, later, whether Beverly learns that you know.
}
"So what now, Picard?" Lily asks in the turbolift. # speaker: Lily
{holo_neuro.read.spared:"And don't decide for me what I can stand to hear."}{holo_neuro.read.told_more:"More of them," she adds, half to herself. "Waiting for a phone call."}
* [Tell her you are going to stop them]
    "The bridge, and then {plan_known >= 1:out onto the hull to take that thing apart|finding out what they are building, and taking it apart} with my own hands." {obsession >= 4:It comes out very quiet, in a voice not entirely alone.|She believes it, and you almost do.}
* [Tell her you are going to get her home]
    "I get you home. To Montana, to your rocket, to Zefram Cochrane, sober or not."
    She laughs, a little damply. {holodeck.crawl.cochrane:"Then I'll show you the titanium. Every fence."|{holodeck.crawl.war:"If you come, there'll be lentils."|"Nobody ever said Montana like that."}} The doors close.
* [Say nothing. Press for the bridge.]
    You press for the bridge. She watches your reflection in the doors as if it might tell her what you won't.
- -> recap

= recap
~ lily_trust_picard = clamp(lily_trust_picard, 0, holo_cap)
~ obsession = clamp(obsession, 0, 6)
~ plan_known = clamp(plan_known, 0, 3)
// The voice is in him for Chapter Three if he listened over Earth, or if the hunt has let it in since.
~ carried_heard = carried_heard or obsession >= 4
~ carried_dark = dark_band(obsession)
{
- data_lost ? reached: In engineering you went for the coolant valves, and Data was taken pulling you out. Two cold marks stayed on your neck. # recap
- data_lost ? rearguard: In engineering you ordered Data to hold the corridor, and he held it until they had him. # recap
- else: In engineering you ordered everyone back and nobody to stop, and Data stopped anyway, for Crewman Lindqvist. She lives. # recap
}
{data_word:You promised Data you would come back; he will keep the codes until you do.|You did not speak to Data as they took him.} {assault_order ? fire_first:You had told your people to fire first on faces they knew.|{assault_order ? bring_back:You had told your people to bring back anyone they could, and it cost you Ensign Marr.|You had given your people no order about the taken, and Ensign Marr paid for the pause.}} # recap
{crusher_hid == 2:Lily told you what Beverly has hidden: grey lines under her skin, covered on the ladder. Beverly does not know that you know. # recap}
{
- holo_route ? fought && holo_fight.burst.drum: In the Club Tangier {holo_arch.panel.ask_off:Lily chose to turn the safeties off, and you|you turned the safeties off{holo_arch.panel.ask_on: over Lily's word,} and} emptied a Thompson gun into the drones until the drum ran dry. Gus the barman died of it{holo_lily_gun():, and Lily bled for it}. # recap
- holo_route ? fought: In the Club Tangier {holo_arch.panel.ask_off:Lily chose to turn the safeties off, and you|you turned the safeties off{holo_arch.panel.ask_on: over Lily's word,} and} cut the drones down with a Thompson gun: lead, not light, and they could not learn it. # recap
- holo_route ? hid: In the Club Tangier you and Lily played detective and {holo_arch.dress.lily_picks:associate|client} while the drones walked past close enough to touch{holo_hide.tail.reach:, and then you went after the last of them anyway|, and you let the last of them go}.{holo_leave.stillrunning.left_running: Mae Fontaine is still singing there to an empty room.} # recap
- holo_fiction.burn.saved: In the Club Tangier you turned the holonovel against the drones, then froze it to save its people, and let your prize walk free. # recap
- holo_fiction.burn.both: In the Club Tangier you turned the holonovel against the drones, tried to save its people as well, and when the computer could not, let the program burn to keep one of them held. Dixon Hill is gone. # recap
- else: In the Club Tangier you turned the holonovel against the drones, and let the program burn to keep one of them held. Dixon Hill is gone. # recap
}
{
- plan_known >= 3: You know the whole of it: an interplexing beacon on the deflector dish to call the Collective of this century, three maglocks holding it, a little over an hour to stop it. # recap
- plan_known == 2 && holo_hide.booth.phone: You read it off the drone's display: the deflector dish rebuilt as a transmitter aimed at the Delta Quadrant, a call to the Collective of this century. Not how it is held down, nor how long you have. # recap
- plan_known == 2: You know what they are building: an interplexing beacon on the deflector dish, to call the Collective of this century. Not how it is held down, nor how long you have. # recap
- plan_known == 1 && holo_neuro: All the processor gave you is the deflector dish, a great deal of work on it, and a broken fragment of an order about a call. # recap
- plan_known == 1 && holo_hide.booth.lily_looks: Lily saw a transmitter on the deflector dish, aimed a long way out. You can guess who it is meant to call. # recap
- plan_known == 1: You know only that something is being built at the deflector dish, and that it wants hands. # recap
- holo_route ? hid: You do not know what the Borg are doing. Every drone in the Tangier walked past you and took what it knew away with it. # recap
- else: You do not know what the Borg are doing. The one drone that could have told you walked out through the grey doors. # recap
}
{
- lily_trust_picard >= 3:
    {
    - holo_route ? fought: Lily Sloane trusts you. She has seen you with a gun in your hands, and decided it is not the whole of you. # recap
    - holo_route ? hid && holo_hide.pass.dance: Lily Sloane trusts you. She danced with you while a drone walked past her back, and in her century that counts for a great deal. # recap
    - holo_route ? hid: Lily Sloane trusts you. She sat across a table from you while a drone walked close enough to touch{holo_hide.booth.lily_looks:, and walked past another alone because you asked her to|, and you never once left her alone with it}. # recap
    - holo_fiction.burn.saved: Lily Sloane trusts you. She watched you give up your prize for a room of people who aren't people, and it told her what she needed to know. # recap
    - else: Lily Sloane trusts you, though she watched your favourite thing burn{holo_fiction.burn.both:, for all you tried to save it,| at your word} and has not decided what that means. # recap
    }
- lily_trust_picard == 2: Lily Sloane is willing to follow you, and watches you while she does{holo_route ? fought:, mostly your hands|{holo_route ? hid:{holo_hide.tail.reach:; she has seen you sit still, and then go after the last of them|; she has seen what it costs you to sit still}|; she has seen how coldly you can plan}}. # recap
- lily_trust_picard == 1: Lily Sloane is with you because there is nowhere else to be{holo_fight.burst.drum:, and she has not forgotten Gus|{holo_club.turn.gun_unsafe && holo_arch.panel.ask_on:, and she has not forgotten that she asked you to leave the safeties on}}. # recap
- else: Lily Sloane has not decided about you, and keeps where she can see your hands{holo_fight.burst.drum:. She looked over the bar at Gus, and you did not}. # recap
}
{
- obsession >= 5: The Collective's voice sounds like a second opinion now, and you have started to take its advice. # recap # pause
- obsession >= 3: The hunt is starting to feel like something you want. # recap # pause
- else: The want to hunt them is there, as it always is; tonight you are still the one deciding. # recap # pause
}
-> deflector
