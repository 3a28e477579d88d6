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
~ crusher_hid = 0
// Scene-local state is kept in temporaries, passed on as knot parameters and
// zeroed before the chapter ends, so that it never outlives the chapter.
~ temp sb_prep = 0 // 1 trauma kits packed, 2 stabilizer on its own cell
~ temp sb_lily = 0 // how Lily woke: 0 told she was safe, 1 told the truth, 2 sedated
~ temp sb_gave = 0 // what Lily was given: 1 a lamp, 2 a job
You are Beverly Crusher, chief medical officer, and this is your sickbay: Deck Sixteen. # chapter: Chapter One — Triage # scene: Sickbay # theme: ship
- (heat)
Thirty-one degrees, says the panel by the door. It said twenty-two when you started on Lily Sloane.
Water beads on the monitors.
Lily lies under the surgical frame while the regenerator works the theta burns out of her forearms. Her numbers are better than the ship's.
Every bed is full, Petty Officer Teo Halloran off the Defiant among them, both hands in burn gel. Alyssa Ogawa moves between them.
A neural stabilizer hums over Ensign Mira Voss, whose broken back may not be lifted for six hours. Ensign Dov Tolland, three months out of the academy, labels hyposprays. Labeling is a thing he can finish.
The deck shivers, and every monitor blinks at once. Nobody mentions it.
+ [Check on Lily]
    Marrow counts climbing, heart rate high for a sleeper. Her right hand is closed around a grip that isn't there.
    Her lips move. You catch a name, Zefram, spoken the way people say the name of a man who owes them money and a great deal of sleep.
+ [Look in on Ensign Voss]
    Voss is awake under the stabilizer's blue field. Lift her before the vertebra knits and a splinter can shear the cord.
    "Is it always this hot in sickbay, or is it me?" She has freckles and a sister getting married on Bajor in three weeks. # speaker: Mira Voss
    "It isn't you," you tell her, and you are sorry it isn't.
+ [Call engineering about the heat]
    "Crusher to engineering." {pro_warned:A young voice, out of breath, from the ladderway above the section: "—cleared out, Doctor, the captain's orders, but something's coming up behind us, we can't see what's—" and the channel closes.|A young voice, out of breath: "—coming out of the tube, we can't see what's—" and the channel closes.}
    Tolland has stopped labeling.
- "Thirty-two," Ogawa says, with her eyes on the panel. "It's going the wrong way." # speaker: Alyssa Ogawa
She waits for you to decide.
+ [Have the trauma kits packed]
    ~ sb_prep = 1
    "Pack the trauma kits," you say lightly, as if it were a drill.
    Neither of you is fooled. Tolland starts pulling drawers, and his hands look as if they know what they're for.
+ [Put Voss's stabilizer on its own battery]
    ~ sb_prep = 2
    "Put the stabilizer on its internal cell, Alyssa. I don't want that field waiting on a relay."
    The hum over Voss changes pitch. "Good or bad?" she asks. # speaker: Mira Voss
    "Careful," you tell her.
+ [Wait for the bridge]
    "Not yet. The bridge will call. I'd rather move nine patients once than twice."
    The temperature goes on climbing, a tenth at a time.
- -> comm

- (comm)
The comm chirps overhead. "Picard to Crusher." # speaker: Jean-Luc Picard
{
- pro_listened == 0:
    He sounds like himself: clipped, exact, a list checked twice.
- pro_listened == 1:
    Under the words there is a flatness you last heard in the months after the Borg gave him back, when he would stop mid-sentence and listen to something nobody else could hear.
- else:
    He sounds certain, as if he could see down Deck Sixteen's corridors from the bridge. That is what frightens you.
}
"Beverly, we've lost Deck Sixteen's engineering section, and Worf is sealing the deck. Have sickbay ready to move." # speaker: Jean-Luc Picard
He doesn't say that sealing the deck seals sickbay in with it.
+ [Ask him what's in the walls]
    "Jean-Luc. What is it?"
    {
    - pro_listened == 0:
        "I don't know yet. I have a suspicion I would like to be wrong about." He is not wrong often.
    - pro_listened == 1:
        "I think you know." Quietly. "Survivors from the sphere. They came across while our shields were down."
    - else:
        "Borg," he says, with no pause at all. "They're making the deck warm and wet, the way they like it. They're nearly finished with the first section." You did not ask how he knows that.
    }
+ [Tell him sickbay can't move]
    "I have a patient who can't be lifted for six hours. Sickbay is not ready to move."
    {
    - pro_listened == 2:
        "Then it will be ready in less. Do not wait for them to come to you, Doctor." No apology in it, and no curiosity.
    - else:
        "Then get it ready in less," he says. "I'm sorry, Beverly."
    }
+ [Say nothing and listen]
    You don't answer. What he leaves out is usually the part that matters.
    {
    - pro_listened == 0:
        What he leaves out is fear, so carefully that you can see its shape.
    - pro_listened == 1:
        What he leaves out is a name. You can hear him not saying it.
    - else:
        What he leaves out is doubt, and on him that sounds like a fever.
    }
- "Picard out."
The lights fail to amber. {sb_prep == 2:The stabilizer over Voss never wavers; it is on its own cell.|The stabilizer over Voss flickers before it catches on its backup cell.}
Then, at the main doors, a blow, and after a while another, patient as a tide. # pause
-> lily_wakes

- (lily_wakes)
The dark wakes Lily. She is on her feet, back to a bulkhead, before Ogawa can reach her.
"Nobody move. Where's my gun? Where's Zefram? Who's banging on that door?" # speaker: Lily Sloane
+ [Tell her the truth]
    ~ sb_lily = 1
    ~ lily_trust += 1
    You tell her plainly: theta radiation at the missile complex, a starship above Montana, a crew from three hundred years after her own, two hours keeping her alive.
    She laughs, hoarse. "Sure. And I'm the Pope's dentist." But she lowers her hands a little. You did not try to make it easier for her, and she has noticed. # speaker: Lily Sloane
+ [Tell her she's safe]
    "You're in a hospital. You were hurt. You're safe here."
    "Lady, the last man who told me I was safe was selling seats in a bunker. Safe doesn't knock." # speaker: Lily Sloane
+ [Sedate her]
    ~ sb_lily = 2
    ~ lily_trust -= 1
    She is going to hurt herself, or run into whatever is behind that door. You take a hypospray from Tolland's tray.
    She fights, quick and weak and furious, and it takes you and Ogawa together to give her half a dose.
    "You didn't even ask," she says thickly, as her knees go. It is a note she is making for later. # speaker: Lily Sloane
- Another blow at the doors. {sb_lily == 2:Lily flinches at it, slowly, from a long way down.|Lily flinches, and hates that she flinched.} "What's out there?" # speaker: Lily Sloane
+ [Put a hand lamp in her hands]
    ~ sb_gave = 1
    You put a lit hand lamp into her hands. People hold on to light.
    {sb_lily == 2:Her fingers close around it slowly.|She weighs it as a club, and holds it by the wrong end on purpose.}
+ [Give her a job]
    ~ sb_gave = 2
    "I don't know yet. Hold this." You put her hands on the gel wrap around Halloran's right hand, where it has started to lift. "Keep it sealed."
    {sb_lily == 2:She holds on with both hands, which is the only thing keeping her upright.|Her hands are steady the moment they have something to do. "You've done this before," Halloran says. # speaker: Teo Halloran}
    {sb_lily != 2:"Too many times," she says. # speaker: Lily Sloane}
+ (idk) [Tell her you don't know]
    "I don't know. When I know, you'll know."
    {sb_lily == 2:She doesn't seem to hear it.|"Huh. Doctor who says she doesn't know. That's new."} # speaker: Lily Sloane
- -> decide

- (decide)
The doors are bowing. Through a seam comes warm air that smells of greenhouse.
"The ICU hatch opens on a tube up to Fifteen," Ogawa says. {sb_prep == 1:She already has a trauma kit on her back.} # speaker: Alyssa Ogawa
"And Voss?" Tolland asks. # speaker: Dov Tolland
Ogawa answers him, but it is you she looks at. "Voss can't be moved, Doctor. If we wait for Voss, we are all still in this room when that door goes." # speaker: Alyssa Ogawa
"She's right," Voss says. "Don't wait for me." # speaker: Mira Voss
{sb_lily == 2:Lily is slumped against the bulkhead, blinking.|Lily is watching you, not the door.} {sb_gave == 1:The lamp's beam wavers on the doors.}{sb_gave == 2:{sb_lily == 2:Her hands have slid off Halloran's wrap.|Her hands are still on Halloran's wrap.}}
The seam becomes two fingers.
+ (insist_one) [Hold sickbay until every patient is moving]
    -> sickbay_hold(sb_lily)
+ [Take Lily and go for the tube, now]
    -> sickbay_run(sb_lily)
+ [Wake the hologram and learn what they're doing]
    -> sickbay_emh(sb_lily)

// Route (a): hold sickbay and move the wounded first. The only road to the
// earned ending: insist_one (choosing this route), insist_two, insist_three.
=== sickbay_hold(sb_lily) ===
~ temp sb_door = 0 // 1 quarantine field, 2 surgical frame
~ temp sb_kept = 0 // Lily kept at Crusher's side
~ temp sb_talk = 0 // what Crusher gave Voss: 1 the truth, 2 a sedative, 3 asked about her sister
~ temp sb_walk = 0 // promised Voss she would walk
~ temp sb_how = 2 // how Crusher left (see sickbay_tube)
- (orders)
"Nobody goes until everyone who can go is going. Alyssa, walking wounded to the ICU hatch. Dov, harnesses for the litters."
Sickbay turns into a thing you know how to run: a triage floor, problems in order of how fast they kill.
Halloran holds up his gloved hands like a boxer between rounds. "If that's what I think it is, Doctor, I'd like something to hit it with." # speaker: Teo Halloran
+ [Tell him to use his legs]
    "Today you'll have legs. Use them." He grins, which must hurt.
+ [Give him the doors to watch]
    "Then watch the doors, and shout if anything changes." He plants himself facing them like a man guarding a gate with nothing but his opinion.
- The doors boom again.
+ [Throw the quarantine field across the doors]
    ~ sb_door = 1
    Tolland feeds the empty biobeds' power into the quarantine field, and it comes up across the doors like a struck wire. The next blow flares white, and holds.
    "They'll learn it," Ogawa says. You are counting on them being slow for ten minutes. # speaker: Alyssa Ogawa
+ [Drive the surgical frame against the doors]
    ~ sb_door = 2
    You walk the four-hundred-kilo surgical frame broadside to the doors and cut its antigrav pads. There is nothing in dumb alloy for them to adapt to.
    {sb_lily == 2:Lily, propped against the bulkhead, says something slurred that sounds approving.|"Now you're thinking like my neighborhood," Lily says. # speaker: Lily Sloane}
+ (nodoor) [Forget the doors and move people]
    "Leave the doors. People first. Everybody carries." It is the fastest way to empty a room, against a clock you can't see.
- -> carry

- (carry)
In the ICU the hatch is a square of black with the first rungs catching the light. Ogawa goes up first with a lamp; the walking wounded follow. # scene: Intensive care
Tolland straps the litter cases, Ensign Park and Chief Adebayo, into harnesses to be hauled up like cargo, apologizing to each of them.
That leaves Lily.
+ {sb_lily != 2} [Have Lily carry a litter]
    ~ lily_trust += 1
    You hand her the foot of Adebayo's harness. She lifts properly, knees and not back. "Winter of fifty-three," she says. "We carried a lot of people." # speaker: Lily Sloane
+ (send) [Send Lily up with Ogawa]
    "Lily, follow the woman with the light."
    {sb_lily == 2:She is too slack to argue; Ogawa talks her up one rung at a time.|"Up a hole in the dark with strangers," Lily says. "Swell." She goes anyway. # speaker: Lily Sloane}
+ [Keep Lily beside you]
    ~ sb_kept = 1
    "Stay by me."
    {sb_lily == 2:She sits where you put her, one hand hooked into the hem of your tunic.|"You guarding me or keeping me?" # speaker: Lily Sloane}
    {sb_lily != 2:"Both," you say.}
- Then it's Halloran's turn, and he looks at the rungs and at his hands, wrapped thick as loaves.
"I can't hold on in these," he says calmly. # speaker: Teo Halloran
+ (strip) [Strip the dressings so he can climb]
    You cut the wraps away. His palms will scar now, where they would not have in a week. He climbs white to the lips, swearing in three languages.
+ (haul) [Rig a harness and haul him up]
    You and Tolland haul him up in the last harness. It keeps his hands whole, and takes three minutes you don't have.
- You go back to the one bed nobody is emptying. # scene: Sickbay
Voss has heard the names going up the shaft, and not hers. She worked it out before Ogawa said it.
+ [Tell her exactly where things stand]
    ~ sb_talk = 1
    You tell her: the doors, the tube, the six hours she doesn't have.
    "Okay. Thank you. Everybody else has been using their cheerful voice on me." # speaker: Mira Voss
+ [Give her something for the fear]
    ~ sb_talk = 2
    A mild anxiolytic, to blunt the sharpest of the fear.
    "You're not telling me something," she says, and then the drug reaches her. "That's all right." # speaker: Mira Voss
+ [Ask about her family]
    ~ sb_talk = 3
    "Tell me about home. Who's waiting for you?" A sister, it turns out, getting married on Bajor in three weeks.
    She knows what you're doing, and tells you anyway: a groom late for everything, lanterns, a speech she hates.
    "Remind me to tell you the rest," she says. "After." # speaker: Mira Voss
- -> breach

- (breach)
{
- sb_door == 1:
    The field flares white at every blow, then green, and a drone lays its hand flat against it and the field parts around the fingers like water.
- sb_door == 2:
    The doors part, and the frame shrieks across the deck a centimeter at a time, buying every second it can.
- else:
    Nothing holds the doors, so they simply open, and the heat comes through like an animal's breath.
}
You see them for the first time: grey skin threaded with black, a lens sweeping a red line across the room, arms ending in tools. Behind them the corridor is green and dripping.
"Everyone who can climb is up," Ogawa calls. "Doctor, now." # speaker: Alyssa Ogawa
"Doctor." Tolland, at the hatch, with his hand held out to you. # speaker: Dov Tolland
{sb_talk == 2:Voss is slowed by the sedative, not her mind.|Voss's voice is level.} "Please go. I'd rather it wasn't your face I see when they get here." # speaker: Mira Voss
{sb_talk != 3:
    ~ sb_talk = 0
}
+ (insist_two) [Stay with Voss and send them up]
    -> alone
+ [Leave Voss to the hologram]
    -> handoff
+ [Take her off the stabilizer and carry her]
    -> carry_voss

- (handoff)
"Computer. Medical hologram, on. Now."
The hologram arrives already irritated, sees the doors, and closes his mouth. "Ah. Those are not patients." # speaker: EMH
"Ensign Mira Voss. T6 fracture, five hours from a clean knit. She cannot be moved. Keep them off her as long as you can."
"I have set more spines than you have, Doctor, if you count simulations, and I always count simulations. What else?" # speaker: EMH
+ [Tell him to keep her calm]
    "Keep her calm. Don't let her be alone with it."
    "Bedside manner. I have several subroutines." But his voice, turned to Voss, has lost every edge. # speaker: EMH
+ (watch) [Tell him to watch them and remember]
    ~ emh_log += adaptation
    "Watch them. Every try it takes them to get through. Record it all."
    "I always remember. Whether anyone plays it back is another matter." His eyes begin to track the drones, counting. # speaker: EMH
    Out in the corridor a rifle fires: one drone down, two, then a green shimmer. "Two shots, and the third wasted," he says, to nobody, and files it. # speaker: EMH
+ [Tell him to waste their time]
    "Stall them. Anything."
    He straightens his tunic and raises his voice like a man going on stage. "Gentlemen! Visiting hours are over." # speaker: EMH
- Then he draws the stool to the stabilizer and sits, which a hologram has no need to do, so that Voss can see his face without turning her head.
"Go, Doctor. The worst they can do to me is switch me off. She won't be by herself when they come." # speaker: EMH
The last thing you see is his hand, which is only light, resting on hers, which is not.
~ sickbay_out += (ogawa, tolland, patients)
-> sickbay_tube(1, 0, sb_lily)

- (carry_voss)
"Dov, the spinal board. Alyssa, a line down the shaft."
"Will I walk?" Voss asks, very steady. # speaker: Mira Voss
+ [Tell her yes]
    ~ sb_walk = 1
    "Yes," you say, quickly, the way you'd set a bone.
+ [Tell her you don't know]
    "I don't know. I know you'll live."
- You lock the board around her and drop the stabilizer field. For a moment her back is held together by the board and your hands and her own stillness. Then the board is on the line, and the line is in the shaft.
The drones are in sickbay. "Computer, medical hologram," you call, and a testy voice starts to ask who authorized this, and stops. "I see."
He lectures the drones on visiting hours, and for a few seconds they stop to study him. It won't last.
The board is half up the shaft when a drone comes around him, its arm lifting toward the line.
+ [Put yourself between the drone and the line]
    ~ crusher_hurt = true
    ~ sickbay_out += (ogawa, tolland, patients)
    You step in front of it, the same reflex that puts a hand over a wound.
    The arm comes down across your forearm instead: two fine cold needles, a graze, gone. The drone's lens ticks over you, as if you were a problem it had not been assigned.
    Then Tolland hauls you up by the collar, and your arm has begun to itch, deep down.
+ (dov_holds) [Let Tolland hold the hatch]
    ~ sickbay_out += (ogawa, patients)
    "Go, Doctor, she's your patient," Tolland says. "I'll be right behind you." He stands in the hatch with a pry bar and no idea what to do with it. # speaker: Dov Tolland
    You climb with the line, Voss's eyes fixed on the dark above.
    Tolland is not right behind you. You hear one word below that might have been your name, and a pry bar hitting the deck. # pause
    Below there is only green light, and the hologram's voice going on about visiting hours to nobody at all.
+ (haul_all) [Trust the hologram and haul together]
    ~ sb_how = 3
    ~ sickbay_out += (ogawa, tolland, patients)
    "Both of you, on the line." The three of you haul, hand over hand.
    The drone's arm closes on the line once, and the board swings into the shaft wall with a knock you will hear for the rest of your life. Then the hologram leans on the drone with all his considerable self-regard, and the line is free.
    At the first landing you run the tricorder down her spine: the cord is intact. Mostly. "I can't feel my feet," Voss says calmly. "That's bad, isn't it." # speaker: Mira Voss
    {sb_walk:You told her she would walk. You say it again, because you said it first.|You tell her the truth, because she asked, and that you have seen worse come back.}
- -> sickbay_tube(sb_how, 0, sb_lily)

- (alone)
"Alyssa, take them up. That's an order."
She goes. She has never once disobeyed you in a room like this, and she will not make you say it twice. # speaker: Alyssa Ogawa
"I could stay—" Tolland says. # speaker: Dov Tolland
"You can climb, Ensign. Climb." He climbs.
~ sickbay_out += (ogawa, tolland, patients)
{sb_kept:
    ~ lily_trust += 1
    Lily is the last at the hatch{sb_lily == 2:, and even through the sedative she understands|, and understands faster than any of them}. "You're really staying." # speaker: Lily Sloane
    "Go with Alyssa. She'll keep you alive better than I could."
    "Where I come from, the doctors went first." She climbs, and looks back at you twice.
}
"Computer. Medical hologram, on."
The hologram takes in the room in one turn of his head, and for once has nothing to say about being woken.
He watches the drones test the doorway. "They tried the same approach twice and then changed it. On the corridor feed the rifles got two shots each before the shimmer; the third was wasted. They're not strong, Doctor. They're attentive." # speaker: EMH
~ emh_log += adaptation
Then, without polish: "If they take you, they take everything you know and use it on every patient aboard. I can sit with her. I can't be assimilated. You can." # speaker: EMH
"Doctor, please," Voss says. # speaker: Mira Voss
+ [Argue it as medicine]
    "If the field fails, someone has to hold the fracture by hand. You can't if they take your emitters."
    "Neither can you if they take you. Which they will." # speaker: EMH
+ [Pull rank]
    "I'm the chief medical officer. This is my call."
    "It is. I'd like it noted that it's the wrong one." # speaker: EMH
+ [Say nothing]
    You put your hand on the stabilizer's frame and leave it there. "I see," he says quietly. # speaker: EMH
- The first drone is through. Its red line slides toward the stabilizer.
+ (insist_three) [Stay with her]
    -> ending_sickbay_taken(sb_talk)
+ [Go, and leave her to him]
    ~ crusher_hurt = true
    "He's better company than I am," you tell Voss. She laughs, which hurts her, and lets go first.
    The hologram takes your place on the stool. "I'll hold her hand. I've never once been asked to." # speaker: EMH
    You run. Halfway up the ladder something catches your forearm as you reach for the next rung, two cold points through the sleeve, and you tear free and climb.
    Below, his voice goes on, telling Voss about the weather on Bajor in the wedding season. You suspect he is making it up.
    -> sickbay_tube(4, 0, sb_lily)

// Route (b): straight for the Jefferies tube with Lily. Fastest, and Lily
// sees the most of Crusher; the patients who can't walk are left to the EMH.
=== sickbay_run(sb_lily) ===
~ temp sb_walkers = 0 // the walking wounded came along
~ temp sb_stopvoss = 0 // Crusher stopped at Voss's bed
~ temp sb_icu = 0 // the drone in the ICU: 0 stood still, 1 sedated it, 2 Lily went for it
- (go)
You look at Lily. She built the Phoenix with Zefram Cochrane, and if it does not fly tomorrow, your future does not happen.
It is terrible arithmetic. You do it anyway.
"We're going up the tube. Lily comes with me." You say it before anyone can ask about the others.
Ogawa looks at Voss, at the litters, and back at you, and says nothing. That is worse.
+ [Bring everyone who can walk]
    ~ sb_walkers = 1
    "Everyone who can stand, on your feet. Hand on the shoulder in front of you."
    Halloran shepherds four limping people into a line with his gelled hands. "Nobody dies in line on my watch." # speaker: Teo Halloran
    It makes you slower. But they are yours.
+ [Just Lily and the staff, and fast]
    "Everyone else stays. The hologram will be with you."
    Halloran doesn't argue. He nods, once, the way a man does on a ship going down, and lies back.
- Your way to the ICU runs past Voss.
+ [Stop at her bed]
    ~ sb_stopvoss = 1
    You stop.
    "Don't. I'd do it too. Go." Then, because she is twenty-six: "Come back, if you can." You promise. # speaker: Mira Voss
+ [Don't look at her]
    You don't look.
    You feel her watching you all the way to the ICU door.
- {sb_lily == 2:Lily can't run yet; you take her weight across your shoulders.|Lily is on her feet, shaky, with a laser scalpel from the tray held like a knife.}
You slap the wall panel. "Computer. Medical hologram, on."
The hologram sees the doors bowing and the doctor leaving. "I see. And I'm to do what, precisely?" # speaker: EMH
+ [Keep the ones who can't move alive]
    "Keep them alive, and the drones off them as long as you can."
    "How very organic," he says, already at Voss's side. # speaker: EMH
+ [Tell him to watch where they take people]
    ~ emh_log += transit
    "When they take people, watch where they go. Record everything."
    "Hardly a medical specialty." His eyes unfocus into the ship's sensors. "But someone should keep the records." # speaker: EMH
+ [Give him nothing but a look]
    You give him the look you give a first-year resident left alone with a patient, and go.
    "Marvelous. Abandoned on my first night." Then, to the room: "Now. Who's in pain?" # speaker: EMH
- -> icu

- (icu)
The ICU should be empty. It isn't. # scene: Intensive care
A drone stands at the console by the hatch, come in through the service crawlway. Its tool-hand is in the console, and the lights are turning green.
It hasn't looked at you. {sb_walkers:Behind you Ogawa stops the line of wounded with one raised hand.|Behind you Ogawa and Tolland stop in the doorway.}
{sb_lily == 2:Lily stiffens against your shoulder.|Lily goes still, the scalpel low, weighing where it's soft.}
+ [Stand still and let it work]
    Every Starfleet doctor knows from the Wolf 359 reports: they ignore what isn't a threat.
    You put your hand on {sb_lily == 2:Lily's arm|Lily's wrist, over the scalpel,} and don't let her move.
    Its red line passes over your faces. Then it finishes and walks past you, close enough to feel its heat, into sickbay.
    Too late you understand: behind you the main doors slide open, from the inside. It has let the others in.
    {sb_lily != 2:"You knew it'd walk past," Lily whispers, filing it away. # speaker: Lily Sloane}
+ [Put a sedative into its neck]
    ~ sb_icu = 1
    ~ crusher_hurt = true
    ~ lily_trust += 1
    There is grey skin at its neck, and under it a carotid artery. You load enough anesthetic to drop a Klingon and cross the room.
    The drone turns, slow, and two fine cold points drag across the inside of your wrist. Then it goes down, ticking, to the deck.
    {sb_lily == 2:Lily laughs, a sound with no air in it.|Lily looks at you as if for the first time.} "Remind me never to miss an appointment." # speaker: Lily Sloane
+ {sb_lily != 2} [Let Lily go for it]
    ~ sb_icu = 2
    ~ lily_trust += 1
    You don't stop her. She drives the scalpel two-handed into the cables behind its lens, and it turns on her anyway, blind.
    Tolland gets between them, pulling her back, and the arm finds his neck instead.
    You have him by the belt. It isn't enough. The color is already leaving his face in grey threads. # pause
    "Go," he says, very politely. "I've got it." He hasn't. The drone draws him back toward the crawlway. # speaker: Dov Tolland
    "That kid," Lily says. "That stupid kid." # speaker: Lily Sloane
- -> hatch

- (hatch)
The hatch won't open; its seals have no power.
{sb_icu == 0:Behind you the drones are in sickbay, and the hologram's voice rises to meet them.|Behind you the sickbay doors give with a groan, and the hologram's voice rises to meet them.}
"Move," {sb_lily == 2:Lily says, nearly steady|says Lily}. "Let me look." # speaker: Lily Sloane
+ [Let Lily open it]
    ~ lily_trust += 1
    She taps the wall panels with a knuckle until one sounds hollow.
    "There's always a stupid crank behind a panel nobody can open." She gets it off with the butt of your tricorder. There is a crank. # speaker: Lily Sloane
    "{sb_lily == 1:Three hundred years, if you're telling the truth|Starships and ray guns}," she says, winding, "and you still hide the good stuff behind six screws." For a second you like her enormously. # speaker: Lily Sloane
+ [Open it yourself]
    You remember Worf's damage-control drill: panel, low on the left. You wind the crank and the hatch grinds open.
    "You could've said you knew," Lily says. It isn't quite a complaint. # speaker: Lily Sloane
+ {sb_icu != 2} [Let Tolland do it]
    "Dov. The manual release."
    Tolland finds the wrong panel twice. Lily elbows him aside and finds the crank behind the third.
    "Nice try, kid," she says, and squeezes his shoulder. # speaker: Lily Sloane
- Ogawa goes up first with a lamp. {sb_walkers:The walking wounded follow, Halloran steadying each on the first rung with his forearms.} {sb_lily == 2:You climb close under Lily, ready to catch her.|Lily climbs like someone used to ladders.}
~ sickbay_out += ogawa
{sb_icu != 2:
    ~ sickbay_out += tolland
}
{sb_walkers:
    ~ sickbay_out += patients
}
You go last, and look back once.
The hologram stands between the drones and the beds, reading out names like credentials: "Ensign Mira Voss. Ensign Hana Park. Chief Petty Officer Ade Adebayo{not sb_walkers:. Petty Officer Teo Halloran}. These people are under my care." # speaker: EMH
They walk into him. {sb_stopvoss:You promised Voss you'd come back. You pull the hatch to.|You pull the hatch to.} The lights go out, and nobody is reading names any more. # pause
-> sickbay_tube(5, 0, sb_lily)

// Route (c): stay with the EMH and learn what the drones are doing. The
// wounded go ahead with Ogawa; every minute spent watching is paid for at the doors.
=== sickbay_emh(sb_lily) ===
~ temp sb_keepdov = 0 // Tolland kept at the sensor console
~ temp sb_looks = 0 // times round the sensor hub
~ temp sb_count = 0
~ temp sb_follow = 0
~ temp sb_scan = 0 // scanned the drone, and filled a hypospray against nanoprobes
~ temp sb_how = 6
- (wake)
"Alyssa, take them up, litters on the haul line. I'm going to find out what we're dealing with."
Ogawa knows the tone, and goes. {sb_lily == 2:Lily, half-drugged and wholly stubborn, has wrapped a hand round a biobed leg and will not be moved by anyone but you.|Lily steps out of her reach. "I'm not climbing into a hole with strangers. I'll stay with {sb_lily == 1:the one who told me the truth|the one who looked me in the eye}."}
"Computer. Medical hologram, on."
The hologram shimmers up with the distaste of a specialist called to a general ward. "Whatever you have, Doctor, I have seen it in simulation several thousand times." # speaker: EMH
"Not this. I need you on the internal sensors."
"I notice the staff is leaving and the emergency is staying." # speaker: EMH
+ [Appeal to his vanity]
    "You're the best diagnostic instrument on this ship."
    He preens. "Accurate, of course. Flattery is so rarely accurate." # speaker: EMH
+ [Give him an order]
    "That wasn't a request, Doctor."
    He inclines his head exactly one degree. "Noted. And logged." # speaker: EMH
+ [Ask him what he sees]
    "What do you see?"
    Nobody has asked him that before. "Thirty-four degrees and near saturation. Someone is making this deck comfortable for something that isn't us." # speaker: EMH
- "Sensors, then. Someone must route them to me from the console." # speaker: EMH
Tolland, halfway to the ICU, has heard.
+ [Keep Tolland on the console]
    ~ sb_keepdov = 1
    "Dov. Console. Don't leave it till I say."
    He goes white, and goes, because instructions are something he can do. "Routing," he says. # speaker: Dov Tolland
+ [Send Tolland up with the others]
    ~ sb_how = 8
    "Dov, go with Alyssa. I'll do it."
    He is ashamed of how relieved he is, and goes. The routing swims under your fingers.
- {sb_keepdov:Through the ICU door Ogawa counts the wounded up the shaft.|Through the ICU door Ogawa and Tolland count the wounded up the shaft.} Voss lies in the stabilizer, with nobody coming for her.
~ sickbay_out += (ogawa, patients)
-> watch

- (watch)
~ sb_looks += 1
{
- sb_looks == 1:
    The sensor feeds bloom on the wall display: Deck Sixteen in false color, the drones as cool shapes with hot points at the head. There are a great many more than you thought.
- sb_looks == 2:
    The doors groan. The seam is wider.
- sb_looks == 3:
    The seam is a hand's width. Grey fingers work at the frame.
- else:
    The doors are going.
}
+ {not sb_count} [Watch the security team in the corridor]
    ~ sb_count = 1
    ~ emh_log += adaptation
    Four security officers behind a cargo pallet fire down the corridor. The first drone falls, and the second. The third walks through a green shimmer and keeps walking.
    "Two shots to learn the frequency," the hologram says. "The third is wasted. What one learns, all of them know." # speaker: EMH
    The team changes frequency, and two more fall, and then the beams splash green again and the four red shapes become none.
    {sb_lily == 2:"Like shooting at weather," Lily mumbles.|"Like shooting at weather," Lily says behind you.} # speaker: Lily Sloane
    "Logged," the hologram says. # speaker: EMH
    -> watch
+ {not sb_follow} [Follow where they take the wounded]
    ~ sb_follow = 1
    ~ emh_log += transit
    {sb_count:The drones don't leave the fallen team where they lie.|By the aft turbolift two crewmen lie against the wall, and the drones don't leave them there.} They carry them forward, almost gently, toward the bow and the main deflector.
    "Not toward engineering, or the bridge," the hologram says. "Every one toward the main deflector. I've no idea why." # speaker: EMH
    {sb_lily == 2:"They're carrying people," Lily slurs. "And you're just watching."|"They're carrying people away," Lily says. "And you're just going to watch?"} # speaker: Lily Sloane
    ++ [Explain why you're watching]
        "If I know where they take them, I might get them back. If I go out there now, I'm one more for them to carry."
        "Okay," she says at last. "That's a reason." # speaker: Lily Sloane
    ++ [Say nothing]
        ~ lily_trust -= 1
        You don't answer.
        She looks at you the way she must have looked at the officers who studied maps of burning places. Then she looks away.
    -- -> watch
+ {not sb_scan} [Scan the drone at the seam]
    ~ sb_scan = 1
    You hold a tricorder to the seam, where a grey hand works at the frame.
    ++ [Hand Lily the tricorder]
        ~ lily_trust += 1
        "You're an engineer. Tell me what you see."
        In half a minute she has the interface. "That's a power line in its arm. And that's a pump, full of something." # speaker: Lily Sloane
    ++ [Do it yourself]
        You scan it yourself, steadily.
    -- The tubules in its forearm are loaded with nanoprobes. In the blood they take the nervous system in about two minutes.
    "In that window, a strong enough dose to confuse their replication might slow them," the hologram says. "In theory." # speaker: EMH
    You fill a hypospray with everything you think might work and put it in your belt.
    -> watch
+ [Enough. Get out now]
    -> doors

- (doors)
~ temp sb_learned = sb_count + sb_follow + sb_scan
"Upload everything to my tricorder. Now."
The tricorder chirps. "Done. If anyone asks, it was my idea." # speaker: EMH
{sb_learned <= 1:
    ~ sickbay_out += tolland
    The doors are still holding as you pull Lily toward the ICU{sb_keepdov: and shout Tolland off the console}.
    -> leave
}
The doors give way behind you like a bone breaking.
You stayed too long, and knew it. The first drone is through before you're halfway to the ICU.
{sb_keepdov:-> late_dov|-> late_lily}

- (late_dov)
Tolland is still at the console, because you never said.
+ [Go back for Tolland]
    ~ crusher_hurt = true
    ~ sickbay_out += tolland
    You go back and drag him off it, and a drone reaching for him finds your forearm instead: two cold points, a burn. Then you're both through the ICU door, Tolland sobbing apologies.
    {sb_scan:Your arm is itching deep down. Two minutes. You put the hypospray you filled into your arm through the sleeve, and hope.|Your arm is itching deep down.}
+ [Shout at him to run]
    "Dov! Leave it! Run!"
    He looks at the console, because the upload has one second left and he finishes things. The tricorder on your hip chirps.
    Then a drone has him by the shoulder. He nods to you across the room, as if to say the job is done. # pause
    You are through the ICU door before you can think, and that is what you will think about later.
- -> leave

- (late_lily)
A drone crosses toward {sb_lily == 2:Lily, slow and swaying|Lily, who has not seen it}.
~ sickbay_out += tolland
+ [Put yourself in its way]
    ~ crusher_hurt = true
    ~ lily_trust += 1
    ~ sb_how = 7
    You are between them before you've decided. You throw up a hand, and the drone's tool comes down across your forearm instead, two fine cold points, and then Lily is hauling you backwards through the ICU door by the belt, swearing at you.
    {sb_scan:Two minutes. You put the hypospray you filled into your arm as you stumble.|Your forearm has started to itch, deep under the skin.}
+ [Let the hologram take it]
    ~ lily_trust -= 1
    "Stop it!" you shout, and the hologram takes the drone's arm on his own while Lily stumbles clear.
    At the ICU door she looks back at you, standing where you were, safe. She saw that.
- -> leave

- (leave)
Voss is still in the stabilizer, and the hologram beside her, and neither is coming.
{sb_learned <= 1:"Go on, Doctor." He has one eye on the bowing doors.|The drones have stopped at him, like water at a stone.} "Before you go: you could switch me off, so they'd have nothing to read. Or leave me running." # speaker: EMH
+ (switched_off) [Switch him off yourself]
    "I won't let them take you apart."
    "That's a kindness. I think." He tells Voss she'll be in excellent hands. It's a lie, and she thanks him anyway. # speaker: EMH
    "Computer, end medical hologram." He folds in light from the feet up, and the last to go is the face of a man who did good work and would have liked to be told so. # pause
    "You did well," you tell the empty space.
+ [Ask him what he wants]
    "What would you want? If it were up to you."
    He looks startled. Then he looks at Voss. "I'd want to finish my rounds." # speaker: EMH
    So you leave him explaining her monitor to her, one reading at a time, as if she were a colleague. The lights go when you are halfway up the shaft, and his voice with them.
+ [Leave him running, with Voss]
    "Stay with her. Whatever happens."
    "I was always going to. Ensign, have I told you about the Tellarite with the kidney stone?" # speaker: EMH
    When the last emitter dies, his voice stops halfway through a word. You never learn how the Tellarite story ended.
- {not crusher_hurt:
    ~ sb_scan = 0
}
-> sickbay_tube(sb_how, sb_scan, sb_lily)

// Where the three routes meet: the Jefferies tube up to Deck Fifteen.
// sb_how, how Crusher left sickbay: 1 left Voss to the hologram, 2 carried Voss out,
// 3 carried her out but she cannot feel her feet, 4 stayed with Voss and left last,
// 5 ran for the tube with Lily, 6 stayed with the hologram, 7 the same, wounded shielding Lily.
// sb_dosed: Crusher filled a hypospray against nanoprobes before she was grazed.
=== sickbay_tube(sb_how, sb_dosed, sb_lily) ===
~ lily_trust = clamp(lily_trust, -1, 2)
~ temp sb_rifle = 0 // the rifle at the junction: 0 handed to Lily, 1 slung by Crusher, 2 left
- (climb)
{
- sb_how == 5:
    The hatch shuts under you, and the tube's air is ten degrees cooler, like a cold cloth on your neck. # scene: Jefferies tube
    Green light leaks through the seams below you.
- sb_how == 4:
    You climb alone, fast, your forearm burning at every rung. # scene: Jefferies tube
    Below, in the square of green light, a voice is still talking about Bajor.
- sb_how >= 6:
    The tube is cool and long. All the hurrying was done by the people who went up while you watched a display. # scene: Jefferies tube
    Below, the hatch is a square of green light, humming.
- else:
    The haul line {sb_how == 1:slaps slack against the rungs beside you|creaks taut beside you with Voss's weight on it}, and the cool air is like breath after holding it an hour. # scene: Jefferies tube
    Below, faintly, the hologram's voice{sb_how == 1:, talking to Voss|, still holding forth to an audience that does not listen}. Then nothing.
}
{
- sb_how == 6 and sickbay_out ? tolland:
    Lily's bare feet are on the rung over your head{sb_lily == 2:, slow with the sedative}, and above her Tolland climbs{crusher_hurt:, breathing in sobs he is trying to make quiet|, counting rungs under his breath}.
- sb_how == 6:
    Lily's bare feet are on the rung over your head{sb_lily == 2:, slow with the sedative}. Above her there is no one on the rungs before Ogawa's lamp. Dov Tolland should be there.
- sb_how >= 7:
    Lily's bare feet are on the rung over your head{sb_lily == 2:, slow with the sedative}. Tolland went up with the wounded; his voice comes down the shaft, still counting litters.
- sb_how == 4:
    Far above, Ogawa's lamp waits for you.
- sb_how == 5 and sickbay_out ? patients:
    Above you the walking wounded climb, Halloran last, hooking his forearms over the rungs. {sickbay_out ? tolland:Tolland is under him, one hand at his back.|There is a gap where Dov Tolland should be, steadying the slowest.}
- sb_how == 5:
    Above you there are only Lily's bare feet on the rungs{sb_lily == 2:, slow with the sedative}, and Ogawa's lamp{sickbay_out ? tolland: and Tolland's boots|}. Everyone who could not climb fast is below, with the hologram.
- sickbay_out ? tolland:
    Tolland climbs {sb_how == 1:ahead of you, looking down to make sure you're coming|beside the line, taking the board's weight when it swings}.
- else:
    There should be a second pair of hands on the line below you, Dov Tolland's. There aren't.
}
{sb_how == 2 or sb_how == 3:Above, Voss's board knocks against the shaft. {sb_how == 3:She has said nothing since she told you about her feet.|Every few rungs she calls down, "Still here."}}
{crusher_hurt:
    -> graze
}
+ [Count heads]
    You count heads, as at a crash site. {sickbay_out ? (tolland, patients):Everyone who went up the hatch is still here. For a breath that is enough.|{sickbay_out ? patients:You reach the end of the wounded and go on to one more name out of habit, and it is Dov's.|It doesn't take long.}}
+ [Listen down the shaft]
    Below there are no voices any more, only things being moved, unhurriedly, into new places. You climb faster.
- -> question

- (graze)
By the third landing fine grey lines are spreading from the punctures on your {sickbay_wound(sb_how)}, like frost.
You know exactly what this is.
+ (shown) [Show Ogawa the wound]
    You call Ogawa down. Her face goes blank, the way it does in surgery.
    You talk her through an antiviral, a metabolic inhibitor, a neural suppressor. The grey lines stop. They don't go back.
    "You'll tell me how that happened. Later." # speaker: Alyssa Ogawa
+ [Treat yourself and tell no one]
    ~ crusher_hid = 1
    You dose yourself one-armed from your belt kit. The grey lines slow, and stop.
    You cover them. You tell yourself you'll tell the captain when you know what you're telling him.
    {lily_trust >= 1 and sb_how >= 5:
        ~ crusher_hid = 2
        Lily, on the rung above, has seen you cover it. She says nothing, and you are grateful.
    }
+ {sb_dosed} [Trust the dose you filled in sickbay]
    You already dosed yourself on the way out. You watch.
    The grey lines creep a centimeter and stop, as if something in your blood had argued and won. For now.
- ~ sb_dosed = 0
-> question

- (question)
The tube comes out at a junction on Deck Fifteen where four shafts meet. # scene: Deck Fifteen junction
{
- sb_how <= 4:
    Scorch marks on the walls at chest height. {sb_how == 2 or sb_how == 3:{sickbay_out ? tolland:Ogawa and Tolland|Ogawa and two of the walking wounded} lift Voss's board off the line like glass.|Ogawa has the wounded along the walls.}
- sb_how == 5:
    A combadge lies face down in soot. {sickbay_out ? patients:Halloran lowers himself against the wall, the others around him.|There is far too much room for the few you brought.}
- sickbay_tube.shown:
    Ogawa is back on her knees between the litters with the kit, as if your arm had been one more patient on the way.
- else:
    Ogawa is on her knees between the litters with the kit, and her shoulders ease when she sees you.
}
You tap your combadge. "Crusher to bridge."
{
- pro_listened == 0:
    "Picard here. Beverly." The smallest catch before your name, covered at once. # speaker: Jean-Luc Picard
- pro_listened == 1:
    "Beverly." As if he had been listening for it under the noise. # speaker: Jean-Luc Picard
- else:
    "Picard. Report." Then, a moment too late to sound natural: "Beverly. Good." # speaker: Jean-Luc Picard
}
+ [Report what you know]
    You give it to him as a casualty report, because it is one.
    {
    - sb_how == 2 or sb_how == 3:
        "Sickbay is lost. Every patient is out. Ensign Voss came up on a spinal board{sb_how == 3:, and she can't feel her feet|}."
    - sb_how == 5 and sickbay_out ? patients:
        "Sickbay is lost. The walking wounded are with me. I left Voss, Park and Adebayo behind. I chose to, Jean-Luc. The hologram is with them."
    - sb_how == 5:
        "Sickbay is lost. I left eight patients in it with the hologram, everyone except Lily Sloane. I chose to."
    - sickbay_emh.switched_off:
        "Sickbay is lost. Every patient but one is with me. I left Ensign Voss alone, and switched the hologram off so they'd have nothing of him to read. She couldn't be moved, and I couldn't stay."
    - else:
        "Sickbay is lost. Every patient but one is with me. I left Ensign Voss with the hologram. She couldn't be moved, and I couldn't stay."
    }
    {sickbay_out !? tolland:"And they took Dov Tolland."} {crusher_hurt:{crusher_hid:You don't tell him about the grey lines on your {sickbay_wound(sb_how)}.|"And one of them grazed me. It's treated." He stops breathing for a second.}}
    {
    - sb_how >= 6:
        {emh_log ? adaptation:"The hologram counted the shots," you say. "Two to learn the frequency. After that the beam's wasted. What one learns, they all learn."}
        {emh_log ? transit:"And they aren't taking our people anywhere near engineering. They're carrying them forward. Toward the main deflector."}
        {emh_log != ():"It's all on my tricorder."}
    - sb_how == 4:
        "The hologram watched them. They don't get stronger, Jean-Luc. They learn."
    - emh_log != ():
        "I left the hologram {emh_log ? adaptation:counting what it takes them to get through|watching where they take people}. It's in the medical log, if that survives."
    }
    {
    - emh_log == ():
        You have nothing else to give him. It isn't enough.
    - pro_listened == 2:
        "Yes," he says, as if you had confirmed something. "That's right." It frightens you more than anything below.
    - else:
        "Thank you, Doctor. That's more than we had."
    }
+ (ask_now) [Ask him what happens now]
    "What happens now, Jean-Luc? I have {sickbay_out ? patients:a junction full of patients|a handful of staff} and no sickbay."
    {
    - pro_listened == 0:
        "We hold what we can. Get your people to Deck Eleven; I'll have a medical station set up in the lounge." A plan small enough to do.
    - pro_listened == 1:
        "We hold." A stop. "Get your people to Deck Eleven. The rest I'm still working out." He has not admitted that on an open channel in years.
    - else:
        "We take it back. Every deck. Get your people to Eleven. I'm going down there myself." He talks over you when you object.
    }
+ (told_lily) [Tell him Lily is with you]
    "Lily Sloane is with me. {lily_trust >= 1:She's started to trust me, a little. Not the rest of you yet|She doesn't trust any of us}."
    {
    - pro_listened == 2:
        "Keep her with you," he says, already elsewhere. "I can't spare anyone to nursemaid her."
    - else:
        "Keep her close. She's the one person aboard we can least afford to lose."
    }
- "Picard out." Lily has heard every word, and pretends she hasn't.
{sb_how == 3: // from here on, only that Voss was carried out matters
    ~ sb_how = 2
}
{sickbay_out ? patients:Ogawa goes down the row of the wounded.|Ogawa inventories the kit.} Lily sits across from you, knees drawn up.
{
- sb_lily == 1:
    "Say it again. Slower. A starship, three hundred years, you said, and then I saw those things. Tell me what they are." # speaker: Lily Sloane
- sb_lily == 2:
    "You put me under without asking, so you owe me. Where am I? What were those things?" # speaker: Lily Sloane
- else:
    "Straight answers. Where am I? What were those things? And don't tell me a hospital. Hospitals don't have monsters in the basement." # speaker: Lily Sloane
}
{sickbay.idk:"You said you'd tell me when you knew. You know now." # speaker: Lily Sloane}
+ [Tell her all of it]
    ~ lily_trust += 1
    {sb_lily == 1:You tell her again, slower, with the parts you left out.|You tell her the truth.} A starship, a crew from three centuries on, the Borg, who make people into parts of themselves and came back to stop tomorrow's flight.
    "To stop the Phoenix," she says. "Ten years in that silo, and the whole universe cares." She doesn't say she believes you, or that she doesn't. # speaker: Lily Sloane
+ [Promise to get her home]
    "When this is over I will personally see you back to your silo and your rocket."
    "Everybody's on my side. The Coalition was on my side." Then, grudgingly: "First promise anyone's made me I can check." # speaker: Lily Sloane
+ [Ask her to trust you]
    "I'll tell you everything. Not here. Trust me for now."
    {lily_trust >= 1:
        {sb_how == 5:"You walked out on a room full of your own sick to get me up that ladder. I don't know yet what that makes you. Okay. For now."|"You stayed with your people. Mostly. That counts where I come from. Okay. For now."} # speaker: Lily Sloane
    - else:
        ~ lily_trust -= 1
        "Trust is what got half my friends killed. You want it, earn it." # speaker: Lily Sloane
    }
- ~ sb_lily = 0
A while later, looking at your hands: "You got kids?" # speaker: Lily Sloane
+ [Tell her about Wesley]
    "A son. Wesley. He's traveling, somewhere I can't follow him."
    "I had a brother who went off like that. Militia, at sixteen. Wrote me every month for a year." She doesn't say what came after. "Yours writes?" # speaker: Lily Sloane
    "Sometimes." It is the first time tonight you have wanted to cry.
+ [Turn it back to her]
    "Do you?"
    "Kids? Nobody I know has kids. We have rockets. Zefram says the rocket's our kid. He's drunk when he says it." # speaker: Lily Sloane
+ [Keep it to yourself]
    "Not tonight, Lily."
    "Fair." She doesn't push. # speaker: Lily Sloane
- -> rifle

- (rifle)
Your lamp finds a phaser rifle propped against the wall, abandoned.
{lily_trust < 0:Lily's eyes go to it like a thirsty woman's to water, then to you.|Lily has seen it. You watch her not look at it.}
+ [Hand it to Lily]
    ~ lily_armed = true
    ~ lily_trust += 1
    You hold it out to her, stock first. "You're giving me a gun." # speaker: Lily Sloane
    "I've seen your hands." You show her the safety and the setting once; the second time she doesn't need you.
    "Huh," she says, settling it against her shoulder. Whatever she thought of you, she thinks something else now. # speaker: Lily Sloane
+ [Sling it yourself]
    ~ sb_rifle = 1
    You sling it yourself. Someone should have it who will not fire at the wrong shadow. Lily watches it go onto your back.
+ [Leave it where it is]
    ~ sb_rifle = 2
    {sb_how >= 6 and emh_log ? adaptation:You watched a rifle last two shots against them. You leave it.|You have seen nothing tonight a rifle would have stopped. You leave it.}
    Lily looks at it a long second.
- -> sickbay_lily(sb_how, sb_rifle)

// Lily slips away. Her trust is fixed (clamped) here, before she goes.
=== sickbay_lily(sb_how, sb_rifle) ===
~ lily_trust = clamp(lily_trust, -1, 2)
{sb_rifle == 1 and lily_trust <= 0:
    ~ lily_armed = true
}
{sb_rifle == 2 and lily_trust <= 0:
    ~ lily_armed = true
}
{
- crusher_hurt and not crusher_hid:
    Ogawa makes you sit while she checks your {sickbay_wound(sb_how)}{sb_rifle == 1:, the rifle propped against the wall}. It takes two minutes.
- crusher_hurt:
    You turn to the wall{sb_rifle == 1:, prop the rifle beside you,} and check your {sickbay_wound(sb_how)} where nobody can see. It takes two minutes, and you do not hurry it.
- sickbay_out ? patients:
    One of the wounded has gone faint, and you{sb_rifle == 1: prop the rifle against the wall and} spend two minutes beside him, your back to the junction.
- else:
    You{sb_rifle == 1: prop the rifle against the wall and} spend two minutes on the kit, your back to the junction.
}
When you turn around, Lily isn't there. # pause
{sb_how == 4: // the wound has been read; the recap needs only the route
    ~ sb_how = 1
}
{sb_how >= 7:
    ~ sb_how = 6
}
{
- lily_trust == 2 and lily_armed:
    She is at the mouth of the forward shaft with the rifle you gave her. "I'll find my own way. You're the best thing I've seen all day, Doc. I just don't know you yet." # speaker: Lily Sloane
    She raises a hand, half wave and half salute, and is gone into the dark.
- lily_trust == 2 and sb_rifle == 1:
    She is at the mouth of the forward shaft, empty-handed. "Keep the rifle. This way you don't have to wonder where I'm pointing it." # speaker: Lily Sloane
    "Don't take it personal." And she is gone into the dark. # speaker: Lily Sloane
- lily_trust == 2:
    She is at the mouth of the forward shaft, empty-handed. "You left that rifle there for a reason. I'll trust the reason." # speaker: Lily Sloane
    "Tell your captain I'll turn up." Half a wave, half a salute, and she is gone into the dark.
- lily_trust == 1:
    At the mouth of the forward shaft, scratched into the paint: {lily_armed:THANKS FOR THE GUN, DOC. She took it, and wanted you to know she knew what it meant.|THANKS, DOC. {sb_rifle == 1:The rifle is still where you propped it.|The rifle still stands where you left it.}}
- lily_trust == 0:
    Four shafts, four dark mouths, nothing to show which. {sb_rifle == 1:The rifle is gone from where you propped it.|{sb_rifle == 2:The rifle is gone from the wall.|She took the rifle you gave her.}}
- else:
    {sb_rifle == 1:The rifle is gone from where you propped it.|{sb_rifle == 2:The rifle is gone from the wall.|She took the rifle you gave her, and no goodbye.}} No message. She owed you none.
}
+ (called) [Call her name down the shaft]
    "Lily!" Nobody answers. Then, far below, the hum shifts, as if a great many heads had turned. Ogawa's hand on your arm stops you.
+ {sickbay_out ? ogawa} [Ask Ogawa to go after her]
    "Alyssa—"
    "No," Ogawa says gently. "I'm not leaving {sickbay_out ? patients:a junction full of patients|you, in the state you're in,} to chase one who doesn't want to be caught." She is right, and she knows you know it. # speaker: Alyssa Ogawa
+ [Let her go]
    You let her go. She survived a war on her own; it is her choice, the only thing you have left to give her.
- -> report

- (report)
"Crusher to bridge. Lily Sloane has left us. She's loose on the ship{lily_armed:, with a phaser rifle|, unarmed}."
{
- pro_listened == 2:
    "Then she'll keep. We have greater problems." It is the first time you have heard him call a frightened woman in the dark a lesser problem.
- lily_trust >= 1:
    "I'll find her. If she trusts anyone aboard, it will be because of you." He means it.
- else:
    "I'll find her," he says. "Before they do."
}
"Picard out."
-> recap

- (recap)
~ lily_trust = clamp(lily_trust, -1, 2)
{sickbay_out ? patients:You start your people moving|You start Ogawa{sickbay_out ? tolland: and Tolland} moving}, up toward Deck Eleven.
{
- sb_how <= 4:
    You held sickbay until the wounded were moving, and you held it longer than was safe. # recap
- sb_how == 5:
    You ran for the tube with Lily{sickbay_out ? patients:, at the pace of the slowest who could walk|, and did not wait}. # recap
- else:
    You stayed with the hologram to learn what the drones were doing{emh_log == ():, and left before he had seen where they take people or how fast they learn|{crusher_hurt or sickbay_out !? tolland:, and you paid for every minute of it|, and got out with what he saw}}. # recap
}
{
- sb_how == 2:
    Every patient got out with you, Mira Voss among them on her board. # recap
- sb_how == 5 and sickbay_out ? patients:
    The wounded who could walk got out with you; Mira Voss, Hana Park and Ade Adebayo stayed behind with the hologram. # recap
- sb_how == 5:
    Every patient but Lily stayed behind in sickbay with the hologram. # recap
- else:
    Every patient but Mira Voss got out with you; she stayed behind in the stabilizer. # recap
}
{sickbay_out ? tolland:Alyssa Ogawa and Dov Tolland came out of sickbay with you.|Alyssa Ogawa came out with you. The drones took Dov Tolland.} # recap
{
- emh_log == () && sb_how >= 6:
    The hologram's record is on your tricorder, and there is nothing in it yet that anyone can use. # recap
- emh_log == ():
    The hologram's record ended with his emitters, before he had seen where the drones take people or how fast they learn. # recap
- sb_how >= 6:
    The hologram logged {emh_log ? adaptation:how many shots the drones need before a phaser stops working}{emh_log ? (adaptation, transit): and }{emh_log ? transit:that the taken crew are being carried toward the main deflector}, and his log is on your tricorder. # recap
- else:
    You left the hologram {emh_log ? adaptation:watching how the drones learn their way through|watching where the drones carry the taken}; what he saw is in the ship's medical log, if anyone reads it. # recap
}
{crusher_hurt:
    The drone's tubules grazed you, and the grey lines under your skin have stopped, for now{crusher_hid == 1:. You have told no one}{crusher_hid == 2:. You have told no one; only Lily saw}. # recap
}
{
- lily_trust == 2:
    Lily Sloane went her own way{lily_armed: with the phaser rifle you gave her, and she went trusting you|{sb_rifle == 1:, without the rifle you kept from her; she trusts you, and is not pleased about it|, but she went trusting you}}. # recap
- lily_trust == 1:
    Lily Sloane slipped away{lily_armed: with the phaser rifle you gave her}, with a thank-you scratched on the wall. # recap
- lily_trust == 0:
    Lily Sloane slipped away{lily_armed: with a phaser rifle}, and you can't say what she thinks of you. # recap
- else:
    Lily Sloane slipped away{lily_armed: with a phaser rifle}, and what she has seen of Starfleet tonight she did not like. # recap
}
// Zero every scene-local temporary, so no route's bookkeeping outlives the chapter.
~ sb_how = 0
~ sb_rifle = 0
~ temp sb_prep = 0
~ temp sb_lily = 0
~ temp sb_gave = 0
~ temp sb_door = 0
~ temp sb_kept = 0
~ temp sb_talk = 0
~ temp sb_walk = 0
~ temp sb_walkers = 0
~ temp sb_stopvoss = 0
~ temp sb_icu = 0
~ temp sb_keepdov = 0
~ temp sb_looks = 0
~ temp sb_count = 0
~ temp sb_follow = 0
~ temp sb_scan = 0
~ temp sb_learned = 0
~ temp sb_dosed = 0
-> holodeck

// Where the drone's tubules caught Crusher, by route.
=== function sickbay_wound(how) ===
{
- how == 4: ~ return "forearm"
- how == 5: ~ return "wrist"
- how == 7: ~ return "forearm"
- else: ~ return "arm"
}
