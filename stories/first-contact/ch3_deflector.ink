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
    ~ assault_order = fire_first
- -> deflector

// ---------------------------------------------------------------------------
// Functions for this chapter.

// The margin before the beacon sends, as Worf would give it.
=== function eva_minutes() ===
{
- eva_time >= 3: ~ return "fifty minutes, perhaps a little more"
- eva_time == 2: ~ return "thirty-five minutes"
- eva_time == 1: ~ return "twenty minutes"
- eva_time == 0: ~ return "under ten minutes"
- else: ~ return "no time at all"
}

// Something out there cost time: the margin shrinks by one, and never below -1.
=== function eva_spend() ===
~ eva_time = clamp(eva_time - 1, -1, 3)

// The crewman Picard knows among the drones on the dish: who the Collective
// walked forward past him on Deck Fifteen.
=== function eva_taken() ===
{pro_warned:
    ~ return "Abara"
- else:
    ~ return "Haddad"
}

// A cold choice out on the hull: the obsession climbs, banded.
=== function eva_press(n) ===
~ obsession = clamp(obsession + n, 0, 6)

// ---------------------------------------------------------------------------
=== deflector ===
~ chapter = 3
~ eva_locks = plan_known >= 3
~ eva_heard = pro_listened >= 1 or obsession >= 4
~ eva_cold = obsession >= 4
~ eva_lily = lily_trust_picard >= 1
~ eva_alert = false
~ eva_sealed = false
~ eva_hawk_close = true
~ eva_watch = false
{
- plan_known >= 3: ~ eva_time = 3
- plan_known == 2: ~ eva_time = 2
- else: ~ eva_time = 1
}
~ eva_hawk = ()
~ eva_way = ()
~ eva_worf_hurt = false
~ eva_hands = 0
The turbolift slows, and for the length of one breath nothing in the car moves: not you, not the panel's patient grey light, not {eva_lily:Lily beside you|the air}. Then the doors part on the bridge of your ship. # chapter: Chapter Three — The Dish # scene: USS Enterprise, the bridge
-> lift

= lift
{
- eva_lily && holo_route ? fought: Lily comes out of the car a half step behind your shoulder, where she can see your hands. She has watched those hands hold a Thompson gun tonight, and she has not stopped watching them since.
- eva_lily: Lily comes out of the car beside you and stops dead on the upper deck, staring, the way you must once have stared at your first starship: at the size of the screen, at the stars on it, at the quiet.
- else: Lily is not with you. When the car stopped at Deck Eleven to let a medic off, she went with him without a word, towards the place where Beverly has her wounded. You did not call her back. You are not sure she would have come.
}
It is the bridge, still. The air is cool up here, and dry, and smells of nothing, and after the corridors below that is almost a shock. A third of the consoles are dark. Two security officers stand either side of the turbolift with rifles across their chests and their eyes on the doors you have just come through, and it takes them a moment to lower the rifles, because it takes them a moment to be sure you are you.
Worf is at tactical. He has not sat down since you left; you can tell by the way he stands. Lieutenant Hawk is at the conn with nothing to fly, running diagnostics again, and he looks round at the sound of the lift with a face so plainly glad that you have to look away from it.
On the main viewer, under a wash of stars, is the forward edge of your own ship: the great curved plate of the main deflector, seen from a hull camera on the saucer's underside. It should be a calm blue. It is threaded with green.
* (chair) [Take the chair, and ask for the worst first]
    You take your chair. It is still warm from whoever was last afraid in it. "Mr. Worf. The worst of it, please. Then the rest."
    "Decks Eleven through Sixteen are contested, sir. Decks Five and Six are quiet; too quiet. We hold the bridge, the turbolifts above Deck Ten, and Deck Eleven, where the doctor is." A pause, exact as a blade. "And the deflector. We do not hold the deflector."
* (worf) [Go straight to Worf]
    You cross the bridge to tactical without sitting, and Worf turns his board so that you can read it, which is as near as he comes to saying he is glad to see you.
    "Decks Eleven to Sixteen contested," he says. "We hold the bridge, the lifts above Ten, and sickbay's people on Eleven. The drones have not come for us here. They are busy." He looks at the viewer. "There."
* (hawk) [Tell Mr. Hawk he can stop running diagnostics]
    "Mr. Hawk," you say. "I think the helm knows it is working."
    He flushes and takes his hands off the board. "Yes, sir. Sorry, sir. It's that or bite my nails." He glances at the viewer and away. "Sir, I've been watching it for forty minutes. It's getting brighter."
    Worf gives you the rest without being asked: the decks that are gone, the decks that are held, the doctor on Eleven. Then he too looks at the screen.
- (picture)
{
- plan_known >= 3: You already know what it is. You have known since Deck Fifteen, since {holo_route ? hid:the tricorder gave up its last fragment|the processor gave up the last of its secrets}, and you called it ahead to Worf from the turbolift so that he would not lose a minute. He has not. The environmental suits are already laid out in the forward armoury, three of them.
- plan_known == 2: You know what it is. You learned it on Deck Fifteen, and you came straight here with it, and still it is one thing to know and another to see it on your own ship, like a growth seen on a scan.
- plan_known == 1: You know only that the drones are carrying things forward, and that the things they carry end here. Whatever they are building, you are looking at it, and you cannot yet tell what it is for.
- else: You do not know what it is. All night the drones have been carrying things forward through your ship, and you have been too busy surviving them to ask where to.
}
Worf magnifies the image. Shapes move on the face of the dish: drones, a dozen or more, walking on the hull in the open vacuum as calmly as if it were a floor, fixing things to the deflector in a pattern that grows out from the centre like frost on glass. At its heart a mast of black and green has risen from the emitter, and at its top something opens and closes, slowly, like a hand practising a grip.
{
- plan_known >= 2: "An interplexing beacon," you say, for the bridge, because they should hear it said by someone who is not afraid of the word. "They are building a transmitter out of our main deflector, strong enough to be heard across the galaxy. In this century the Collective is out in the Delta Quadrant, and it has never heard of Earth. This is a letter of introduction."
- else: "Mr. Worf, what does it want with the deflector?"
    "The array is being re-cut for transmission, sir, not deflection." Worf's voice has gone lower. "It is drawing from the warp core through the main feed. Whatever it is, it is not for us. It is for someone very far away."
    A transmitter. Out of your ship's nose, pointing at the dark. You know, with a drop in the stomach like a turbolift failing, who in this century is far enough away to need one.
}
"The draw from the warp core is climbing, sir," Worf says. "When it peaks, I expect it to send. At this rate: {eva_minutes()}."
{
- plan_known >= 3: It is more than you feared on Deck Fifteen and less than it might have been. Because you called it ahead, you have not spent a minute of it finding out what you already knew.
- plan_known == 2: Less than you had hoped. Worf did not know what he was looking at until you came through the doors; the suits are not yet out of their lockers.
- else: It is not enough. You have spent a part of it standing here learning what a better night on Deck Fifteen might have told you an hour ago, and you cannot get it back.
}
{
- eva_lily: Behind you, Lily says very quietly, "Oh, that's a radio." Nobody answers her. She does not seem to need them to.
}
* (ask_ship) [Ask whether the ship can shoot it off herself]
    "Can we fire on it from here?"
    "No, sir." Worf has plainly already tried to find a way. "The phaser arrays cannot bear on our own deflector. A torpedo launched at that range would not arm; if I disabled the safeties it would take the forward third of the secondary hull with it." He pauses. "We could bring the ship about and push the dish into the Moon."
    For a second you think he is serious. Then you see, in the set of his mouth, that he is not, quite. It is the nearest thing to a joke you have ever heard from him on this bridge, and it is a measure of the night.
* (ask_who) [Ask what they have done with the crew they took]
    "The people they took, Mr. Worf. Are they out there?"
    Worf does not look at you. He magnifies a corner of the dish, and among the drones on the hull there are shapes that move a little less well than the others, as though they had not yet learned to walk on nothing. {emh_log ? transit:"The doctor's hologram logged them being moved forward from the first hour," he says. "To the deflector. I did not understand why. Now I do. They want hands."|"I did not know, until the hull camera showed me," he says. "They are moving them forward. To the work."}
    {pro_warned:You think of Ensign Abara from stellar cartography, walking forward between two drones on Deck Fifteen with metal at her temple, and you do not ask the camera to come any closer.|You think of Yusra Haddad, who drew the warp coils on her breaks, walking forward between two drones on Deck Fifteen with metal at her temple, and you do not ask the camera to come any closer.}
* (ask_say) [Say nothing. Watch it work.]
    You say nothing. You stand and watch the mast open and close, and the drones set their pieces one by one, unhurried, in a silence the camera cannot hear.
    {pro_listened >= 1:And you do hear it, a little. Not the sound; the intent. It is the nearest thing to a hymn the Collective has: not a hope, because they do not hope. A certainty, being made real, part by part.|You know the pattern. You have never seen this machine before and you know the pattern, the way you know a face in a crowd by its walk. You set the knowledge aside before it can tell you anything else.}
- -> learn

= learn
{eva_locks:
    "It is held to the dish by three magnetic locks," you tell Worf. "The drone's processor was clear about that much. Release all three, and the array comes free of the emitter, and we push it off into space before it can speak."
    Worf is already bringing up the deflector housing's schematic. Three points on the rim glow under his fingers: the maglocks, old, dull, standard, the kind of thing that has held dish arrays to their housings since before either of you was born. "Manual releases at each," he says. "They will have to be done by hand, from outside. Three people."
    -> team
}
{not eva_locks && plan_known >= 2:
    You know what it is. You do not know how it is fixed to your ship, or how to get it off, and the processor, if it knew, did not tell you.
- else:
    You know what it is now. You do not know how it is fixed to your ship, or how to get it off.
}
"We must go out there, sir," Worf says. "It cannot be reached from inside; they have the deflector control room. But we should know what we are going to do before we go."
It is the right thing to say. It is also time, and every minute spent here is a minute not spent on the hull.
* (lily_look) {eva_lily} [Ask Lily to read the dish's housing for you]
    You turn to Lily. "You build rockets. If this were yours, how would it be held on?"
    She blinks at you, and then at Worf's board, and then she comes down the ramp and leans over it and stops being frightened, visibly, as if someone had handed her a wrench. She asks Worf for the housing schematic, then for the load tables, then for the one page of the manual nobody reads. Worf, to your surprise, gives them to her without a word.
    It takes her eleven minutes. You watch every one of them go.
    "There," she says at last, and puts her finger on three points on the rim. "Magnetic clamps. Three of them. Big, dumb, old. They'd be my first choice too, if I wanted to hang something heavy on something I didn't own. You let those go, the whole top half comes loose. Then you just push." She looks up. "Did I get it?"
    "You got it," you tell her. And you did. It cost eleven minutes you did not have to spare.
    ~ eva_locks = true
    ~ eva_spend()
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, 0, 3)
* (sweep) [Sweep the dish with the forward sensors]
    "Full active sweep of the deflector housing, Mr. Worf. Everything forward."
    Worf hesitates for the length of a heartbeat. "They will know we are looking, sir."
    "Then they will know. Do it."
    The sensors go out like a shout. On the viewer every drone on the dish stops at once, for one second, and then goes back to its work, and you do not like that second at all. But the housing comes up in the scan: three magnetic locks on the rim, older than the dish, holding the emitter array in its cradle. Release them and it comes free.
    "They will be waiting for us," Worf says.
    "They were always going to be waiting for us."
    ~ eva_locks = true
    ~ eva_alert = true
* (listen) {eva_heard} [Close your eyes and ask the Collective]
    ~ eva_press(1)
    You close your eyes. You do not need to open a door; it has been open since this morning, over Earth. You only need to stand in the doorway and listen.
    It is not words. It is an understanding, arriving whole: the array in its cradle, the cradle held by three points of magnetic force, the three points old and dull and human-made, the humans who made them long dead. A matter of no interest. The work goes on.
    When you open your eyes Worf is watching you, and so is Hawk, and neither says anything. "Three magnetic locks on the rim," you say. "Release them and the array comes free." Your voice is very even. It is not quite your voice.
    ~ eva_locks = true
* (go) [Go now, and find out on the hull]
    "There's no time to find out from here," you say. "We'll find out on the hull."
    Worf does not argue. He looks at the clock on his board and then at you, and you both know what it means: whatever you don't know, you will have to learn out there, with drones on every side and nothing to breathe but what you carry.
- -> team

= team
"I will go," Worf says. "It is not a request, sir." He does not even look up from the board when he says it. It has been settled in him since before you came through the doors.
"Nor was I going to make it one." You look round the bridge: at the two security officers, who are needed at the lift; at the handful of people on the consoles that still work; at the boy at the conn.
Hawk is already standing. "Sir. I've got current zero-g certification. Hull repair, EVA, the whole course. I came top in the magnetic boots." He hears himself and winces. "Which is a stupid thing to be proud of. But I did."
* (take) [Take him. He asked.]
    "Then you're coming, Mr. Hawk."
    He lets out a breath as though he had been holding it since the vortex. "Thank you, sir. I won't let you down."
    You believe him. That is the trouble with boys like Hawk: you always believe them.
* (truth) [Tell him what the dish is like, then take him]
    "Before you say yes, Lieutenant. There are a dozen drones on that dish, and {pro_warned:at least one of them was our crew this morning|some of them were our crew this morning}. Out there, if your suit tears, you have a few seconds. If one of them touches you, you have less. There will be no one to pull you in but Mr. Worf and me."
    Hawk swallows. He does not sit down. "Sir, I'd rather be out there with you than in here watching it on the screen."
    "So would I," you say, and it is true, and you take him.
* (doubt) [Ask the bridge if anyone else is rated for EVA]
    "Anyone else rated for vacuum work?" you ask the bridge.
    Nobody answers. The hull teams were quartered on Deck Fourteen, beside the forward airlocks, and Deck Fourteen was the first place the drones went when they came forward. You knew that, if you had let yourself think about it.
    Hawk waits until the silence is finished. "It's just me, sir," he says, not unkindly. "Sorry."
    "Don't be sorry, Mr. Hawk. Be careful." He nods, and you see he has heard what you did not say: that he was not your first choice, and that you are taking him anyway.
- {
- eva_cold: You find you are looking forward to it. The dish, the drones, the hull under your boots: something in you has been waiting all night to stand in the open and meet them, and it is eager, and you notice the eagerness the way you notice a tremor in your own hand.
- else: You do not look forward to it. You have walked on a hull before, a long time ago, and you remember the way the silence fills your ears until you can hear your own blood. You will do it again. It is the job.
}
-> data

= data
Before you go, you look once more at ops, where there should be a grey face turned towards you with some figure to an unnecessary decimal place. The ops station is dark.
{
- data_lost ? went_back: You ordered everyone back from engineering, and everyone came back but Data. He went the other way, for Crewman Lindqvist, against your order; Lindqvist came up the tube alive, and he did not.
- data_lost ? reached: You went on for the coolant valves when you should have fallen back, and Data pulled you out of it, and the drones took him for his trouble. It was your hand they were reaching for.
- else: You told Data to hold the hatch while the rest of you fell back down Deck Sixteen. He held it. He is very good at doing exactly what he is told.
}
{data_word:You called back to him, as they closed, that you would come for him. He answered that he would keep the command codes until you did. You intend to be as good as your word. You do not yet see how.|You did not call back to him as they closed. There was no time, you tell yourself, and then you stop telling yourself that, because it isn't true.}
* [Ask Worf if there has been any word from engineering]
    "Engineering, Mr. Worf. Anything?"
    "Nothing, sir. The internal sensors on Deck Sixteen show the Borg and nothing else." He pauses. "If Commander Data were dead, I believe they would not have bothered to keep the section so cold around the place where he was last."
    It is the most hopeful thing Worf has ever said to you. It is also the most frightening, and you both know it.
* [Set him aside. There is the dish.]
    You set Data aside, carefully, the way you would put a hand over a wound to keep it closed until there was time to look. There is the dish. Data would be the first to tell you there is the dish.
- -> eva_lily_scene

// ---------------------------------------------------------------------------
// Before he suits up: where Lily is, and what she says to him.
=== eva_lily_scene ===
{eva_lily:-> here|-> away}

= here
She catches you at the turbolift. You have given Worf the bridge to hand to the officer at ops, and Hawk has gone ahead to the armoury at a run, and you have a hand up to the panel when Lily steps into the doorway so that the doors cannot close.
"You're going out there," she says. "Outside. On the outside of this thing, with those." It is not a question, and she does not wait for an answer. # speaker: Lily
{
- holo_route ? fought: "Last time you had a gun in your hands you smiled. In that club. I saw it." She holds your eyes. "Don't smile out there. Whatever else you do. I don't want to think of you out there smiling." # speaker: Lily
- holo_route ? hid: "In that club you sat still while they walked past. You didn't want to. I could feel you not wanting to, through the table." She holds your eyes. "That was the bravest thing I've seen anybody do all day. Do that out there, if you have to. Sit still." # speaker: Lily
- else: "You burned a whole world down there, or froze it, or whatever it was. Your favourite place. I watched you decide." She holds your eyes. "I just want to know which one of you is going out there. The one who decided, or the one who minded." # speaker: Lily
}
{crusher_hid == 2:"And when you see the doctor," she adds, lower, "make her show you her arm. She won't want to. Make her." # speaker: Lily}
* (home) [Tell her you are coming back for her]
    "I am coming back," you tell her. "I promised to get you home to Montana. I don't make that kind of promise lightly, and I don't break it at all."
    "Everybody says that before they go out the door." But something in her face lets go a little. "Fine. I'm holding you to it. I don't have anybody else's ride home."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, 0, 3)
* (honest) [Tell her you don't know which one]
    "I don't know," you say, and it costs you something to say it in a doorway with the bridge at your back. "I would like it to be the one who minded. I will try to make it him."
    She looks at you for a long moment. "Okay," she says. "That's more than I'd get from most people. Try hard."
    ~ lily_trust_picard = clamp(lily_trust_picard + 1, 0, 3)
* (brush) [Tell her it is a job like any other]
    "It is a maintenance job with an unusual amount of vacuum," you say. "Worf and Hawk are very good. We will be back within the hour."
    Her mouth goes thin. "Right," she says. "A job." She takes her hand off the door. You have handled her, and she knows you have, and she is going to remember it.
- "Where do you want me?" she asks. "I'm not going to sit in a corner and be calm. I've done that. It doesn't work."
* (watch) [Ask her to watch the dish for you, from the bridge]
    "Stay on the bridge," you say. "There's a screen that shows the dish. Watch it. If you see something that Worf's people don't, tell them. You see machines better than they do."
    She looks past you at the viewer, at the green frost on your ship. "I'll watch," she says. "I'll watch all of it." You realise, after the doors have closed between you, that you have asked her to see whatever you are about to do.
    ~ eva_watch = true
* (beverly) [Send her down to Beverly on Deck Eleven]
    "Go down to Deck Eleven," you tell her. "Dr. Crusher has a room full of wounded and nobody with her who isn't exhausted. She'll give you something to do with your hands. I'd rather you weren't watching this."
    "Why not?" she says, and then, before you can answer: "No. Don't tell me. I'll go." She steps back out of the doorway. She does not look back.
- -> eva_armoury

= away
You go down to the armoury alone. Hawk has gone ahead at a run; Worf is handing the bridge to the officer at ops and will be one minute behind you, not two.
{
- holo_route ? fought: The lift is very quiet. Somewhere eleven decks down, Lily is with Beverly, and you are fairly sure that what she is telling Beverly about you begins with a Thompson gun in the Club Tangier and does not improve.
- holo_route ? hid: The lift is very quiet. Somewhere below you Lily is with Beverly now. You wonder whether she has told Beverly about the dance, or about the crewman you let walk past your table, or whether she has told her nothing at all.
- else: The lift is very quiet. Somewhere below you Lily is with Beverly now. You left your favourite place in the galaxy {holo_fiction.burn.saved:frozen|burning} behind you tonight, and she watched you do it, and you have no idea at all what she made of it.
}
The panel chimes before the doors open: the comm, from Deck Eleven.
"Jean-Luc." Beverly's voice, tired to the bone. "Lily's here. She asked me to pass something on, and I said I would, so." A pause, in which you can hear Beverly deciding not to edit it. "She says: tell him I hope it's worth it. Whatever it is. Tell him I said that, and that I mean it both ways." # speaker: Beverly Crusher
* (reply) [Ask Beverly to tell her that it will be]
    "Tell her it will be," you say. "Tell her I am going to make sure of it."
    "I'll tell her." Beverly does not say whether Lily will believe it. She doesn't need to.
* (noreply) [Thank Beverly, and close the channel]
    "Thank you, Doctor." You close the channel before she can say anything else, and stand alone in the lift with the message going round and round, both ways.
- -> eva_armoury

// ---------------------------------------------------------------------------
// The forward armoury: the suits, what they carry, two of three small things.
=== eva_armoury ===
-> suits

= suits
The forward armoury is a long white room with racks down both sides, and on a bench under the lights lie three environmental suits, laid out flat like people who have fainted. # scene: Forward armoury, Deck Ten
Hawk is already half into his, hopping on one foot to get the boot seated. Worf comes in behind you and goes straight to the end of the bench without a word, and unclips from his sash the curved blade he carries there, and turns it once in the light, and clips it to the suit's thigh instead.
"A mek'leth, Mr. Worf?"
"Phasers adapt, sir." He seats the blade. "Steel does not."
{emh_log ? adaptation:You remember the hologram's count from Beverly's padd: three shots, at most, before a drone's shield learns the beam. You have the count. You do not have more shots than that.}
Each suit has a phaser clipped at the hip. There is room on the belt for one thing more, and the armoury's shelves offer you a choice of things.
* (rifle) [A phaser rifle, with its setting rotated by hand]
    You take a rifle from the rack and sit on the bench and open its emitter housing, and turn the modulation by hand to a setting you pick at random, because the Collective cannot predict what you do not decide until you do it. It will buy you a shot or two more than they expect. {eva_cold:Your hands are quick and sure at the work. They enjoy it.|It is careful, dull work. You are glad of it.}
* (torch) [A plasma cutting torch]
    You take a hull-repair torch from the engineering shelf, a short heavy thing with a shrouded tip, made for cutting a jammed hatch open from outside. If one of those old locks does not want to let go, the torch will persuade it. It is a tool, not a weapon, and you notice that you chose it partly for that.
* (tricorder) [An engineering tricorder with a hull survey program]
    You take an engineering tricorder and load the hull survey: every plate, every seam, every fitting on the forward dish, and what it is for. {eva_locks:You already know where the locks are. But the tricorder will also see a drone coming before you do.|It will find what holds that array in place faster than three people squinting at the rim.}
- Then there is nothing to do but get into the suit, and for a few minutes all three of you are simply men wrestling with seals, each in his own silence.
-> three

= three
There is time, before the helmets, for one thing. Perhaps two.
- (hub)
* (seals) [Check Worf's suit seals yourself]
    "Mr. Worf. Turn round."
    He turns, and lets you run your gloved thumb down every seal on his back and at his collar, as if you were the quartermaster and he a cadet. At the left hip, where the mek'leth's clip sits, the seal has folded under itself when he fastened the blade: a crease as fine as a hair. In vacuum, with a strain on it, it would have opened like a mouth.
    You open it and remake it. Worf watches you do it, and says nothing, and then says, "Thank you, sir," in a voice you have heard him use to his son.
    ~ eva_sealed = true
* (hawk_talk) [Ask Hawk how he is]
    "How are you, Mr. Hawk?"
    "Honestly, sir?" He is trying to get a glove seated and it will not go. "I'm terrified. I keep thinking about the vortex. When we came through, and there was the Earth, and it was all..." He moves his free hand, meaning grey, meaning dead, meaning everyone. "And then it wasn't. We fixed it. And now they're out there trying to do it again, on our own ship, with our own dish." He gets the glove on. "So, terrified. But mostly angry, sir. Is that all right?"
    * * [Tell him it is more than all right]
        "Angry is fine, Lieutenant. Angry will keep you warm. Only don't let it choose for you."
        "No, sir." He grins, shakily. "I'll let you choose. You're better at it."
    * * [Tell him about your first walk on a hull]
        You tell him about your first walk on a hull, at twenty-two, an ensign on the Reliant, fixing a sensor pod; how you looked down past your own boots at a planet and your knees simply stopped. How the petty officer with you talked you back in by telling you a story about his mother's goat. Hawk laughs, really laughs, for the first time tonight.
        "Did it work? The goat?"
        "I am here."
    - -
* (bev) [Call Beverly on Deck Eleven]
    You open a channel to Deck Eleven. Beverly answers on the first chime, the way she always has when you are about to do something stupid.
    {
    - crusher_hurt && crusher_hid == 0: "I know where you're going," she says. "Worf told me. Jean-Luc, the arm's fine. Alyssa dressed it, it's grey and it's ugly and it's not spreading. Stop looking at your comm like that." You can hear that she is lying about one of those three things, and you cannot tell which. # speaker: Beverly Crusher
    - crusher_hurt && crusher_hid == 2: You remember what Lily told you, and ask. There is a silence on the channel. "Lily," Beverly says at last, without heat. "All right. A drone touched me on the ladder. I dosed myself and covered it, because there were thirty people who needed me not to be a patient. It isn't spreading, Jean-Luc. I'm watching it." She pauses. "Go. I'll still be here. That's a promise, which is more than I'm going to get from you." # speaker: Beverly Crusher
    - crusher_hurt: "I'm fine," she says, before you have asked. "Busy. Thirty people, one nurse, not enough of anything. Don't you dare go out there and make it thirty-one." Her voice is perfectly ordinary. It is only later, on the hull, that you will wonder why she said she was fine before you asked. # speaker: Beverly Crusher
    - else: "Worf told me," she says. "Of course he did. Jean-Luc, listen to me: if your suit tears, you have about ten seconds of useful consciousness. Use them to get to the airlock, not to finish whatever you're doing. Promise me." # speaker: Beverly Crusher
    }
    * * [Promise]
        "I promise," you say. "Within reason."
        "Your reason or mine?" She closes the channel before you can answer.
    * * [Tell her to look after herself first]
        "Look after yourself first, Beverly. That's an order, and I'll know if you ignore it."
        "You'll know from where?" she says, and then, more gently, "Go on. Come back." The channel closes.
    - -
- {seals + hawk_talk + bev >= 2: -> helmet}
There is time, just, for one thing more.
-> hub

= helmet
"Sir." Worf is holding your helmet out to you in both hands. "It is time."
{eva_sealed:He knows, as you do, that you spent your two minutes on his seals.|You look at the seal on his hip, where the blade is clipped, and you do not look closely enough, and the moment passes.}
The helmet goes over your head and the world goes small and loud: your own breath, the suit's fans, a click as the collar seats. Then the tiny voice of the suit telling you, in a woman's calm recorded tones, that your air is good and your boots are live.
* [Check Hawk's helmet seal before your own]
    You reach over and tap Hawk's collar, and he tilts his head so the indicator shows you green. He taps yours back. It is a thing hull crews do, an old habit; you are surprised he knows it, and then not surprised at all.
* [Lead them out without another word]
    You pick up your helmet's comm light with a flick of the chin and walk to the airlock, and they fall in behind you, one and two, like a shadow that has learned to count.
- -> eva_hull

=== eva_hull ===
TODO
-> eva_dish

=== eva_dish ===
TODO
* [By the book: the three maglocks] -> eva_locks_way
* [Hawk's way: shoot it whole] -> eva_whole
* {eva_heard} [The voice] -> eva_voice

=== eva_locks_way ===
TODO
-> eva_back

=== eva_whole ===
TODO
-> eva_back

=== eva_voice ===
TODO
-> eva_back

=== eva_back ===
TODO
-> eva_recap

=== eva_recap ===
~ eva_time = 0
~ eva_locks = false
~ eva_heard = false
~ eva_cold = false
~ eva_lily = false
~ eva_alert = false
~ eva_sealed = false
~ eva_hawk_close = true
~ eva_watch = false
-> bozeman
