// Chapter One: the sickbay escape. Player: Dr. Beverly Crusher.
// Entrance: the knot `sickbay` (the prologue diverts here).
// Three routes out of sickbay: hold it and move the wounded (sickbay_hold),
// run for the tube with Lily (sickbay_run), or stay with the hologram and
// learn what the drones are doing (sickbay_emh). All three meet in the
// Jefferies tube (sickbay_tube), where Lily slips away (sickbay_lily).
// Sets: lily_trust (clamped -1..2), sickbay_out, emh_log, lily_armed, crusher_hurt.
// Reads: pro_listened (the captain's voice on the comm).
// The earned ending, ending_sickbay_taken, lives in endings.ink: Crusher
// refuses to leave the patient who cannot be moved three times over.

=== entry_sickbay ===
// Entry state: a prologue outcome, then the chapter.
The captain is back aboard from Montana. During the battle over Earth, how far did he let the Collective's voice in?
+ [He kept it at arm's length]
    ~ pro_listened = 0
+ [He listened, and used what it told him]
    ~ pro_listened = 1
+ [He followed where it led]
    ~ pro_listened = 2
- -> sickbay

=== sickbay ===
~ chapter = 1
~ lily_trust = 0
~ sickbay_out = ()
~ emh_log = ()
~ lily_armed = false
~ crusher_hurt = false
Sickbay, Deck Sixteen. # chapter: Chapter One — Triage # scene: Sickbay # theme: ship
-> heat

= heat
Thirty-one degrees, says the panel beside the door. It said twenty-two when you started on Lily Sloane, and nobody in engineering has told you why.
The air has gone thick as a hothouse. Water beads on the cold glass of the monitors and runs in threads down the biobed rails, and your collar is stuck to your neck. Behind the bulkheads the ventilation labours at something, and whatever it is doing, it is not cooling anything.
Lily lies under the arch of the surgical frame while the regenerator works the last of the theta burns out of her forearms. She came aboard unconscious and still fighting: a woman in a flight jacket, a callus on her trigger finger, the blotched skin of someone who has lived too long downwind of a war. Her numbers are good now. Better than the ship's.
Around her, every bed is full. Nine from the battle over Earth, two of them off the Defiant, pulled across in the last minute before the cube came apart. Alyssa Ogawa moves between them with a padd and the unhurried calm that has carried the two of you through worse nights than this one.
Ensign Dov Tolland, twenty-four years old and three months out of the medical academy, is labelling every hypospray on the tray in small square capitals. Labelling is a thing he can finish.
Something is about to happen. You have perhaps a minute before it does.
+ [Check on Lily]
    You lean in under the frame. Marrow counts climbing, the burns down to a pink shine, heart rate high for a sleeper. Her right hand is closed around a grip that isn't there.
    Her lips move. You catch a name, Zefram, spoken the way people say the name of a man who owes them money and a great deal of sleep.
    "She's dreaming about the rocket," Tolland says, and then looks embarrassed to have noticed. # speaker: Dov Tolland
+ [Look in on Ensign Voss]
    Mira Voss is awake in the neural stabilizer, a blue field humming over her from shoulder to hip. A console blew out beside her during the battle and threw her across the bridge of the science section; the sixth thoracic vertebra came apart like chalk.
    The field is holding the pieces while they knit. Six more hours and she'll walk out of here. Lift her out before then and a splinter of bone can shear the cord, and she will never walk anywhere again.
    "Is it always this hot in sickbay, Doctor, or is it me?" She has freckles, a shaved square above one ear where you set the cortical monitor, and a sister getting married on Bajor in three weeks whom she has mentioned four times since midnight. # speaker: Mira Voss
    "It isn't you," you tell her, and you are sorry it isn't.
+ [Call engineering about the heat]
    "Crusher to engineering." Nothing. Then a voice that isn't Porter's, young and out of breath: "—coming out of the tube, we think, we can't see what's—" and the channel closes as if a hand had been laid over it.
    Tolland has stopped labelling. You say, evenly, that engineering is busy, and he pretends to believe you.
- "Thirty-two," Ogawa says, with her eyes on the panel. "It's going the wrong way." # speaker: Alyssa Ogawa
-> comm

= comm
The comm chirps before you can answer her. "Picard to Crusher." # speaker: Jean-Luc Picard
{
- pro_listened == 0:
    He sounds like himself: clipped, exact, a man reading out a list he has already checked twice. Whatever happened over Earth, he kept his own counsel through it.
- pro_listened == 1:
    He almost sounds like himself. Under the words there is a flatness you last heard years ago, in the months after the cube, when he would stop in the middle of a sentence and listen to something nobody else in the room could hear.
- else:
    He sounds certain. That is what frightens you. He speaks as if he could see down the corridors of Deck Sixteen from the bridge, as if he already knows what is behind the bulkheads and has simply been waiting for the rest of you to catch up.
}
"Beverly, we've lost Deck Sixteen's engineering section. Mister Worf is sealing the deck. I want sickbay ready to move on my word, or without it." # speaker: Jean-Luc Picard
+ [Ask him what's in the walls]
    "Jean-Luc. What is it?"
    {
    - pro_listened == 0:
        A pause. "I don't know yet. I have a suspicion I would very much like to be wrong about." You have known him thirty years. He is not wrong often.
    - pro_listened == 1:
        "I think you know." Quietly, almost gently. "Survivors from the sphere. They came across while our shields were down." You hear him breathe out. "They're changing the deck to suit themselves."
    - else:
        "Borg," he says, with no pause at all. "Drones from the sphere. They're making the deck warm and wet because that is how they like it." Then, lower, as if to himself: "They're nearly finished with the first section." You did not ask him how he knows that.
    }
+ [Tell him sickbay can't move]
    "I have nine patients and one of them can't be lifted for six hours without losing the use of her legs. Sickbay is not ready to move."
    {
    - pro_listened == 2:
        "Then it will have to be ready in less." There is no apology in it and no curiosity either. "Do not wait for them to come to you, Doctor. They will come."
    - else:
        A silence, long enough that you picture his hand on the back of his neck. "Then get it ready in less," he says. "I'm sorry, Beverly. I mean that."
    }
+ [Say nothing and listen]
    You don't answer. You have known him thirty years, across a dinner table and an operating table, and you have learned that what he leaves out is usually the part that matters.
    {
    - pro_listened == 0:
        What he leaves out is fear, and he leaves it out so carefully that you can see the shape of it.
    - pro_listened == 1:
        What he leaves out is a name. He doesn't say it, and you can hear him not saying it.
    - else:
        What he leaves out is doubt. There is none in him at all, and on him that sounds like a fever.
    }
- "Picard out."
Thirty-three degrees. The overhead lights dim to half, then fail, and the amber emergency strips come up along the deck like a runway. The hum of the stabilizer over Voss falters, catches on its battery, steadies.
Then, at the main doors, a blow. Not a knock. A single heavy weight set against the metal, and after a while, another, as patient as a tide. # pause
Tolland drops a hypospray. It rolls under a bed, and nobody goes after it.
-> lily_wakes

= lily_wakes
The dark wakes Lily where the light did not. She comes up off the frame in one movement, tearing the regenerator cuff from her arm, and she is on her feet with her back against a bulkhead before Ogawa can reach her. # scene: Sickbay
"Nobody move." Her voice is cracked with radiation and sleep. She has nothing in her hands and holds them as if she has something. "Where's my gun? Where's Zefram? Who's banging on that door?" # speaker: Lily Sloane
Another blow at the doors. Lily's eyes go to them and stay there.
+ (truth) [Tell her the truth]
    ~ lily_trust += 1
    You tell her plainly, doctor to patient. Her name is Lily Sloane; she took a lethal dose of theta radiation at the missile complex; she is aboard a starship in orbit above Montana, in the year she thinks it is, crewed by people from three hundred years after it; you have spent the last two hours keeping her alive.
    She stares at you. Then she laughs, a short hoarse bark that hurts her throat. "Sure. And I'm the Pope's dentist." # speaker: Lily Sloane
    But she lowers her hands a little. Whatever she believes, she has noticed that you did not try to make it easier for her, and people who make things easier are the ones she has learned to watch.
+ [Tell her she's safe]
    "You're in a hospital," you say, in the voice that has talked a great many frightened people back onto a bed. "You were hurt. You're safe here."
    "Lady, the last man who told me I was safe was selling seats in a bunker." She looks at the amber strips, the sweating walls, the door. "This isn't safe. I know what safe looks like, and it doesn't knock." # speaker: Lily Sloane
    It is hard to argue with, so you don't.
+ (sedate) [Sedate her]
    ~ lily_trust -= 1
    She is going to hurt herself, or Ogawa, or run into whatever is on the other side of that door. You take a hypospray from Tolland's tray, the one marked in his neat capitals, and you are beside her before she sees you move.
    She fights. She is quick and weak and very angry, and it takes you and Ogawa together. You give her half the dose, enough to take the edges off the world.
    "You didn't even ask," she says, thickly, as her knees go. It is not a complaint. It is a note she is making for later. # speaker: Lily Sloane
- -> decide

= decide
The doors are bowing inward now. A seam of the frame has opened the width of a finger, and through it comes warm air with a smell you don't have a word for: hot metal, and under it something like the inside of a greenhouse, green and close and alive.
"Aft hatch in the ICU opens on a Jefferies tube," Ogawa says, low and quick. "It runs up to the junction on Fifteen. We can get the walking wounded up it." # speaker: Alyssa Ogawa
"And Voss?" Tolland asks. # speaker: Dov Tolland
Ogawa looks at you, and you both know the answer. "Voss can't be moved, Doctor. If we wait for Voss, we are all still in this room when that door goes." # speaker: Alyssa Ogawa
From the stabilizer, Voss says, quite clearly: "She's right. Don't wait for me." # speaker: Mira Voss
{sickbay.lily_wakes.sedate:Lily is slumped against the bulkhead, blinking, trying to make her eyes agree about where you are.|Lily is watching you, not the door. She is waiting to see what kind of officer you are.}
Another blow. The finger-wide seam becomes two fingers.
+ (insist_one) [Hold sickbay until every patient is moving]
    -> sickbay_hold
+ [Take Lily and go for the tube, now]
    -> sickbay_run
+ [Wake the hologram and learn what they're doing]
    -> sickbay_emh

=== sickbay_hold ===
Routes to be written. -> sickbay_tube

=== sickbay_run ===
Routes to be written. -> sickbay_tube

=== sickbay_emh ===
Routes to be written. -> sickbay_tube

=== sickbay_tube ===
~ lily_trust = clamp(lily_trust, -1, 2)
Tube to be written. {sickbay_out} {emh_log} {lily_armed} {crusher_hurt} {lily_trust}
-> holodeck
