// Every piece of state the story carries between scenes and chapters.
// Keep ranges small: the verifier explores every combination that can
// reach a chapter, so a score is banded (clamped) before a chapter ends.
// stories/first-contact/README.md says, for each, what sets it and what reads it.

// Where the player is; read by the renderer's status line.
VAR chapter = 0            // 0 prologue, 1 sickbay, 2 holodeck, 3 deflector, 4 engineering, 5 epilogue

// ---- Prologue (player: Picard) ----
// How far Picard let the Collective's voice in during the battle: 0 kept it
// at arm's length, 1 listened, 2 followed it (seeds obsession).
VAR pro_listened = 0
// Picard beamed down to the missile complex himself (true) or stayed aboard
// and sent Riker (false). Decides whether Lily has seen his face before Chapter 2.
VAR pro_away = false
// Picard acted on the first sign of drones: he pulled engineering's people off
// Deck 16 before anyone went into the Jefferies tubes, so Lt. Paul Porter and
// Ensign Yusra Haddad are alive (otherwise both went in and are among the taken).
VAR pro_warned = false

// ---- Chapter 1, the sickbay escape (player: Dr. Beverly Crusher) ----
// Lily Sloane's trust in Starfleet when she slips away: -1 hostile, 0 wary, 1 open, 2 trusting.
VAR lily_trust = 0
// Who of the sickbay staff and patients got out with Crusher.
LIST sickbay_out = ogawa, tolland, patients
// What the Emergency Medical Hologram recorded before he was switched off:
// adaptation = how many phaser shots the drones need to adapt;
// transit = that the abducted crew are being taken toward the deflector end of the ship.
LIST emh_log = adaptation, transit
// Lily left sickbay armed (she took a phaser rifle off the floor).
VAR lily_armed = false
// The chapter's failure path: Crusher was hurt (a drone's tubules grazed her) on the way out.
VAR crusher_hurt = false

// ---- Chapter 1 and 2: what the story carries about the graze and about Data ----
// Crusher hid the drone's graze: 0 not hurt, or she let Ogawa treat it (word reaches the
// bridge); 1 hidden from everyone; 2 hidden, but Lily saw her cover it on the ladder.
// Chapter Two reads it (Worf's report, Lily tells Picard at 2); later chapters reveal it.
VAR crusher_hid = 0
// How Data was lost in the failed assault on engineering (Deck 16) that opens Chapter Two:
// rearguard = Picard ordered him to hold the hatch while the team fell back;
// went_back = Picard ordered everyone back, and Data broke the order to go back for
//             Crewman Lindqvist (she lives; he does not come back out);
// reached = Picard pressed on for the coolant valves himself, and Data was taken pulling him free.
LIST data_lost = rearguard, went_back, reached
// Picard called to Data as the drones closed on him, and promised to come back for him:
// something Data can hold on to in Chapter Four.
VAR data_word = false
// What Picard ordered the assault team about crew the Borg had already taken:
// fire_first = fire without waiting, they are gone; bring_back = stun and carry anyone
// who can be reached; () = he said nothing, and each of them decided alone.
LIST assault_order = fire_first, bring_back
// What Data has to hold on to when the Queen works on him in Chapter Four, 0..2: one for
// Picard's promise (data_word), one for having broken an order to save Lindqvist
// (data_lost went_back). Settled by data_settle() as the assault ends, so that Chapter
// Four's choices test this one small number and data_lost and data_word are read only in text.
VAR data_hold = 0

// What the prologue and Chapter One leave for every later chapter's choices, settled by
// carry_settle() as Chapter Two opens (and by every later entry preset), so that those
// choices test these yes-or-no values and pro_listened and crusher_hid are read later
// only in text.
VAR carried_heard = false  // pro_listened >= 1: the Collective's voice is in Picard (from Chapter Two's end, also obsession >= 4)
VAR carried_voice = false  // pro_listened == 2: he let it all the way in over Earth
VAR carried_hid = false    // crusher_hid >= 1: Beverly is hiding the drone's graze
// The obsession in the bands later chapters' choices tell apart (Chapter Four's opening and
// the epilogue's ending): 0 at 2 or less, 1 at 3-4, 2 at 5, 3 at 6. Settled again at Chapter
// Two's recap, where the obsession stops changing; after that the obsession is read only in text.
VAR carried_dark = 0

=== function carry_settle() ===
~ carried_heard = pro_listened >= 1
~ carried_voice = pro_listened == 2
~ carried_hid = crusher_hid >= 1
~ carried_dark = dark_band(obsession)

=== function dark_band(o) ===
{
- o >= 6: ~ return 3
- o == 5: ~ return 2
- o >= 3: ~ return 1
- else: ~ return 0
}

=== function data_settle() ===
~ data_hold = 0
{data_word:
    ~ data_hold = data_hold + 1
}
{data_lost ? went_back:
    ~ data_hold = data_hold + 1
}

// ---- Chapter 2, the Dixon Hill holodeck (player: Picard) ----
// Lily's trust in Picard himself, banded 0..3 when the chapter ends.
VAR lily_trust_picard = 0
// Picard's obsession with the Borg, 0..6, across the whole story.
VAR obsession = 0
// How much of the Borg plan is known: 0 nothing, 1 something is being built on the
// deflector dish, 2 it is an interplexing beacon to call the Collective, 3 also how
// it is held down (the maglocks) and how long there is.
VAR plan_known = 0
// How the holodeck was played.
// Chapter Two's working copies of what it inherits, set once as the chapter
// opens, so its choices test one yes-or-no each and the verifier need not
// carry every combination of the earlier values through the chapter.
VAR holo_transit = false   // emh_log ? transit
VAR holo_adapt = false     // emh_log ? adaptation
VAR holo_out = false       // sickbay_out != ()
VAR holo_hostile = false   // lily_trust < 0 as Chapter Two opens
VAR holo_pgun = false      // Picard has a weapon of his own after the lounge (holo_picard_gun)
VAR holo_cold = 0          // cold choices made in Chapter Two so far, banded 0..2 (see holo_press)
VAR holo_cap = 3           // the most Lily's trust in Picard can be as Chapter Two ends (holo_close)
LIST holo_route = fought, hid, fiction

// Clamp a number into a band.
=== function clamp(x, lo, hi) ===
{
  - x < lo: ~ return lo
  - x > hi: ~ return hi
  - else: ~ return x
}

// ---- Chapter 3, the deflector dish (player: Picard) ----
// What Chapter Three leaves for Chapter Four and the epilogue.
// Lt. Sean Hawk after the space walk: alive (came back in through the airlock),
// taken (carried into the ship by the drones, assimilated), or lost (dead out there).
LIST eva_hawk = hawk_alive, hawk_taken, hawk_lost
// How the beacon was stopped: the three maglocks released one by one (the array
// pushed off into space); the beacon shot whole with the warp core's feed closed
// first (the dish wrecked, the ship whole); shot whole with the feed live (the
// backflash burned the forward secondary hull, Decks 20 to 26, and the taken in
// their alcoves); or the drones told to release it in the Collective's own voice.
LIST eva_way = way_locks, way_whole, way_burned, way_voice
// Worf's suit failed on the dish: he came back with vacuum burns and frozen blood in one lung.
VAR eva_worf_hurt = false
// What Picard did with his own hands out there: 0 nothing he could not undo,
// 1 he killed drones himself, 2 he killed someone he knew (Hawk, or the taken crewman).
VAR eva_hands = 0
// Chapter Three's working copies and scene bookkeeping, set as the chapter opens
// and reset before it ends, so none of it reaches Chapter Four.
VAR eva_time = 0           // how much margin is left before the beacon sends: 3 plenty .. 0 none, -1 too late
VAR eva_locks = false      // the team knows about the three maglocks before reaching them
VAR eva_heard = false      // the Collective's voice is in Picard enough to use (pro_listened >= 1 or obsession >= 4)
VAR eva_cold = false       // Picard is tempted by the fight (obsession >= 4 as the chapter opens)
VAR eva_lily = false       // Lily is on the bridge when Picard arrives (lily_trust_picard >= 1)
VAR eva_alert = false      // the drones know the team is coming (the dish was swept with sensors)
VAR eva_sealed = false     // Worf's suit seals were checked in the armoury
VAR eva_hawk_close = true  // Hawk is still beside Picard on the dish
VAR eva_watch = false      // Lily watches the dish from the bridge while Picard is out there
VAR eva_ob = 0             // the obsession as the chapter opens, banded for the text: 0 under 2, 1 at 2-3, 2 at 4 or more
VAR eva_lily2 = false      // Lily's trust in Picard was 2 or more as the chapter opened (for the text)
VAR eva_killed = false     // he killed drones with his own hands out there (eva_hands 1)
VAR eva_killed_own = false // he killed someone he knew out there (eva_hands 2)
// Text-only copies of what Chapter Three inherits (set as it opens, reset as it ends):
VAR eva_pl = 0             // pro_listened
VAR eva_away = false       // pro_away
VAR eva_warned = false     // pro_warned (Abara, not Haddad, on the dish)
VAR eva_transit = false    // emh_log ? transit
VAR eva_adapt = false      // emh_log ? adaptation
VAR eva_plan = 0           // plan_known
VAR eva_word = false       // data_word
VAR eva_data = 0           // data_lost: 0 rearguard, 1 went_back, 2 reached
VAR eva_bev = 0            // Beverly's graze: 0 none, 1 treated openly, 2 hidden, 3 hidden and Lily saw
VAR eva_route = 0          // holo_route: 1 fought, 2 hid, 3 fiction (burned), 4 fiction (saved)
VAR eva_order = 0          // assault_order: 0 none, 1 fire_first, 2 bring_back
VAR eva_late = false       // at the last lock there was no margin left: one more minute lost and the beacon sends
VAR eva_spare = false      // Picard told his people to spare the taken crewman on the dish (or bring her in)

// ---- Interlude, the surface at Bozeman (player: Deanna Troi) ----
// What Zefram Cochrane was told in the bar: 0 as little as would get him into the seat,
// 1 that his flight will be heard and answered (not by whom, nor what he becomes),
// 2 everything: the ship, the visitors, the legend. Read by the epilogue.
VAR cochrane_told = 0
// How Cochrane spent the night before the flight: 0 he did not run (Troi reached him at
// the fence), 1 he ran and Troi talked him down out of the woods, 2 he ran and Riker stunned
// him and carried him back, 3 Troi had Riker let him go and he came back alone at first light.
// Read by the epilogue.
VAR cochrane_back = 0
// Who made the Phoenix's last repair, the intake manifold's seam: 0 Cochrane himself,
// 1 La Forge and Barclay by hand, 2 a replicated part beamed down from the Enterprise.
// Read by the epilogue.
VAR phoenix_fix = 0
// Cochrane was told everything and let go into the woods, and came back alone at first
// light (cochrane_told == 2 and cochrane_back == 3), settled as the interlude ends so a
// later choice or divert can test one yes-or-no instead of both values.
VAR cochrane_chose = false
// The interlude's bookkeeping, zeroed as it ends.
VAR boz_drunk = false      // Troi kept pace with Cochrane in the bar
VAR boz_fear = 0           // how loud Cochrane's fear is when he leaves the silo for air, 0..3 (boz_scare)
// Text-only copies of what the interlude inherits, set as it opens, so that the
// obsession and Lily's trust are read there only once (Chapter Four and the
// epilogue read them again):
VAR boz_ob = 0             // the captain's obsession as Troi hears it: 0 under 3, 1 at 3-4, 2 at 5 or more
VAR boz_lily = 0           // Lily's trust in Picard: 0 none, 1 a little, 2 at 2 or more

// ---- Chapter 4, engineering (player: Picard) ----
// What Chapter Four hands to the epilogue. Set in eng_close, just before the
// divert to the epilogue, and never changed after; the endings that happen in
// engineering (ending_queen, ending_data_taken, ending_phoenix_falls) do not
// reach the epilogue and leave them at their defaults.
// Which of the epilogue's endings the state points to, decided in Chapter Four:
// out_first_contact = the ship retaken, Data alive, the crew sent to the pods in
//   time and Lily's word reached Picard (she said something he kept);
// out_hollow = the ship retaken and Data alive, but Picard would not give the
//   ship up (no evacuation: the crew fought for it deck by deck) or Lily could
//   not reach him;
// out_scuttled = the crew in the pods, the self-destruct ran to the end, the
//   ship and Data and the Queen are gone.
LIST eng_outcome = out_first_contact, out_hollow, out_scuttled
// The Enterprise was destroyed by her own self-destruct (true) or retaken (false).
VAR eng_scuttled = false
// Data resisted the Queen and lives (true), or was lost (false: with the ship).
VAR eng_data_lives = false
// The Queen is dead (true on every route that reaches the epilogue today, kept
// so the epilogue says how: the coolant, or the blast).
VAR eng_queen_dead = false
// Where Lily is when the Phoenix flies: in an escape pod on the way down to
// Montana (lily_pod), or still aboard with Picard (lily_aboard).
LIST eng_lily_where = lily_pod, lily_aboard
// What Lily last said to Picard: 0 nothing (she would not speak to him, or he
// sent her away before she could); 1 the truth about him, and she left it with
// him unanswered; 2 she reached him: he heard her and said so.
VAR eng_lily_word = 0
// What Chapter Four cost in lives aboard, banded: 0 none beyond those already
// taken; 1 a few (the pods launched late, a deck lost with people on it);
// 2 many (the crew fought the Borg for the ship deck by deck).
VAR eng_cost = 0
// Chapter Four's working copies and scores, set as the chapter opens, so its
// choices test one small value each and the earlier values are read only in text.
VAR eng_voice = false      // pro_listened == 2: the Queen was let all the way in over Earth
VAR eng_dark = 0           // the obsession in this chapter, 0..3: 0 at obsession <= 2, 1 at 3-4, 2 at 5, 3 at 6; cold choices raise it (eng_harden)
VAR eng_reach = 0          // whether Lily can reach him, from lily_trust_picard: 0 at 0 (she will not come), 1 at 1-2, 2 at 3
VAR eng_hold = 0           // Data's hold against the Queen, 0..2: data_word +1, data_lost went_back +1; the call from the bridge +1, his own moment -1 (eng_steady)
VAR eng_worf = false       // eva_worf_hurt: Worf is on the bridge with a patched lung and cannot go down (text only)
VAR eng_hid = false        // crusher_hid >= 1: Beverly is still hiding the drone's graze
VAR eng_evac = false       // Picard ordered the ship abandoned (the escape pods)
VAR eng_sd = false         // the self-destruct is running
VAR eng_for_queen = false  // Picard goes down to engineering for the Queen, armed, rather than for Data
VAR eng_time = 2           // the self-destruct's margin as Picard goes down: 2 enough, 1 tight, 0 gone (he cannot reach Data)
VAR eng_offer = false      // Picard offered himself to the Queen in Data's place
VAR eng_heard = false      // Lily's word reached him (eng_lily_word >= 1), for the chapter's choices and its outcome; eng_lily_word itself is read only in text
VAR eng_first = false      // settled as Picard goes down for Data from the pod deck: the crew in the pods and Lily's word heard (eng_close makes it out_first_contact if Data holds)
VAR eng_cb = 0             // cochrane_back, copied for the chapter's text so the epilogue's reading of it stays out of the chapter's states (text only)

// ---- Epilogue (player: Picard, then Lily) ----
// Settled once as the epilogue opens, from the state every chapter left, so that
// the epilogue's choices and its last divert test these few values and the many
// earlier ones are read only in its text. They are never changed after.
// Which ending the epilogue closes on (epi_close): chosen from Chapter Four's
// eng_outcome, Lily's trust in Picard and Cochrane's night, never from a choice
// made in the epilogue itself.
LIST epi_end = end_first_contact, end_cochrane, end_lily_home, end_hollow, end_scuttled
VAR epi_lost = false       // the Enterprise is gone (scuttled): the crew are on the ground for good
VAR epi_data_here = false  // Data lives and is aboard (he can be visited, and comes to the landing)
