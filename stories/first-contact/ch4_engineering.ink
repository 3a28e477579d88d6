// Chapter Four: engineering (eng_ names). Player: Picard; one short scene is Data's.
// stories/first-contact/README.md describes the chapter, its state and its endings.

// Entry state: Chapter Four can begin from more than one night.
=== entry_engineering ===
Chapter Four can begin from more than one night aboard. Which one?
* [The good night: the voice kept out; Lily trusts him; Data promised; Hawk saved]
    ~ pro_listened = 0
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 2
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ emh_log = (adaptation, transit)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = went_back
    ~ data_word = true
    ~ assault_order = bring_back
    ~ lily_trust_picard = 3
    ~ obsession = 1
    ~ plan_known = 3
    ~ holo_route = hid
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_locks
    ~ eva_worf_hurt = false
    ~ eva_hands = 0
    ~ cochrane_told = 1
    ~ cochrane_back = 0
    ~ phoenix_fix = 0
* [Strained: the voice heard once; Lily wary of him; Data left at the hatch without a word; Hawk taken]
    ~ pro_listened = 1
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = 0
    ~ lily_armed = true
    ~ sickbay_out = (ogawa, tolland)
    ~ emh_log = (transit)
    ~ crusher_hurt = true
    ~ crusher_hid = 2
    ~ data_lost = rearguard
    ~ data_word = false
    ~ assault_order = ()
    ~ lily_trust_picard = 1
    ~ obsession = 4
    ~ plan_known = 2
    ~ holo_route = fiction
    ~ eva_hawk = hawk_taken
    ~ eva_way = way_whole
    ~ eva_worf_hurt = true
    ~ eva_hands = 1
    ~ cochrane_told = 2
    ~ cochrane_back = 2
    ~ phoenix_fix = 2
* [Far gone, and still held: the voice let in; the hunt in his blood; Lily keeps talking to him; Data promised]
    ~ pro_listened = 2
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 1
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, patients)
    ~ emh_log = (adaptation)
    ~ crusher_hurt = true
    ~ crusher_hid = 1
    ~ data_lost = reached
    ~ data_word = true
    ~ assault_order = bring_back
    ~ lily_trust_picard = 2
    ~ obsession = 5
    ~ plan_known = 2
    ~ holo_route = fought
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_burned
    ~ eva_worf_hurt = false
    ~ eva_hands = 1
    ~ cochrane_told = 0
    ~ cochrane_back = 1
    ~ phoenix_fix = 1
* [The voice all the way in: the obsession at its height; Lily will not speak to him; Data left without a word; Hawk dead by his hands]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = -1
    ~ lily_armed = true
    ~ sickbay_out = (ogawa)
    ~ emh_log = ()
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = reached
    ~ data_word = false
    ~ assault_order = fire_first
    ~ lily_trust_picard = 0
    ~ obsession = 6
    ~ plan_known = 3
    ~ holo_route = fought
    ~ eva_hawk = hawk_lost
    ~ eva_way = way_voice
    ~ eva_worf_hurt = true
    ~ eva_hands = 2
    ~ cochrane_told = 2
    ~ cochrane_back = 3
    ~ phoenix_fix = 0
- -> engineering

// ---------------------------------------------------------------------------
// Functions for this chapter.

// A cold choice: the obsession in this chapter, banded 0..3.
=== function eng_harden(n) ===
~ eng_dark = clamp(eng_dark + n, 0, 3)

// Data's hold against the Queen, 0..2.
=== function eng_steady(n) ===
~ eng_hold = clamp(eng_hold + n, 0, 2)

// Something in this chapter cost lives, banded 0..2.
=== function eng_lose(n) ===
~ eng_cost = clamp(eng_cost + n, 0, 2)

// The crewman Picard knows among the drones in engineering (who went into the
// tubes on Deck 16 when he did not pull them out).
=== function eng_known() ===
{pro_warned:
    ~ return "Ensign Abara"
- else:
    ~ return "Paul Porter"
}

// ---------------------------------------------------------------------------
=== engineering ===
~ chapter = 4
// Chapter Four's working copies of what it inherits, set once as it opens.
~ eng_voice = pro_listened == 2
~ eng_dark = 0
{
- obsession >= 6: ~ eng_dark = 3
- obsession == 5: ~ eng_dark = 2
- obsession >= 3: ~ eng_dark = 1
}
~ eng_reach = 0
{
- lily_trust_picard >= 3: ~ eng_reach = 2
- lily_trust_picard >= 1: ~ eng_reach = 1
}
~ eng_hold = 0
{data_word:
    ~ eng_steady(1)
}
{data_lost ? went_back:
    ~ eng_steady(1)
}
~ eng_hawk = eva_hawk ? hawk_alive
~ eng_worf = eva_worf_hurt
~ eng_hid = crusher_hid >= 1
~ eng_evac = false
~ eng_sd = false
~ eng_for_queen = false
~ eng_time = 2
~ eng_offer = false
~ eng_outcome = ()
~ eng_scuttled = false
~ eng_data_lives = false
~ eng_queen_dead = false
~ eng_lily_where = ()
~ eng_lily_word = 0
~ eng_cost = 0
-> dawn

= dawn
The morning comes up over Montana without asking anyone. From three hundred kilometres it is a line of gold drawn slowly across brown country, and it catches the hull of your ship and makes her, for a minute, beautiful. # chapter: Chapter Four — Engineering # scene: USS Enterprise, the bridge
Inside her it is still night. The lights on the bridge are at half to spare the power the Borg have not yet taken, and the air is warm and faintly damp, and under the hum of your own ship there is the other sound now, everywhere, all the time: low, patient, many-voiced, like a city heard through a wall.
{
- obsession >= 5: You have not slept. You have not wanted to. Every report that comes up from below goes into you like food.
- obsession >= 3: You have not slept. You sat in your chair through the small hours and listened to your ship change under you, deck by deck, and you could not have said, at four in the morning, whether you were keeping watch or keeping company.
- else: You have not slept. At four in the morning you closed your eyes for eleven minutes in your chair, and dreamed of nothing, and woke ashamed of the eleven minutes.
}
{
- eva_hawk ? hawk_alive: Hawk has the conn. He has not slept either, and he is flying a ship that is going nowhere with great care, the way a man holds a cup of something hot. Every few minutes his hand goes to the side of his neck and comes away again.
- eva_hawk ? hawk_taken: The conn is empty. Nobody has sat in Hawk's chair since you came in from the hull. Nobody has been told not to.
- else: The conn is empty. Ensign Tarrant flies the ship from the auxiliary board beside it, and does not look at the chair.
}
{
- eva_worf_hurt: Worf is at tactical. Beverly put a patch on his lung at two in the morning and told him to lie down until noon, and he is standing, with one hand flat on the console, and every breath he takes has a small catch in it that he will not acknowledge.
- else: Worf is at tactical, as he has been all night, the one thing on the bridge that does not seem to have changed.
}
{
- eng_reach == 2: Lily is asleep on the floor beside the engineering station, with your jacket under her head. You put it there at five. She woke long enough to ask if the rocket had gone yet, and you told her not yet, and she went back to sleep as if that settled it.
- eng_reach == 1: Lily is somewhere below, with Beverly's wounded. She asked after the launch twice in the night, Beverly says. She did not ask after you.
- else: Lily is with Beverly's wounded, below. She has not come up to the bridge since you came in from the hull, and you have not sent for her.
}
* [Ask Worf where they are]
    "Mr. Worf. Where are they?"
* [Look at the Earth first]
    You look at the Earth first. It costs you nothing that anyone can see, and it is the last thing this morning that will cost you nothing. There is the continent, and there is the gold coming over it, and somewhere in all that brown is a hole in the ground with a rocket in it.
    "Mr. Worf," you say, without turning round. "Where are they?"
* [Ask how long until the launch]
    "How long until Cochrane flies?"
    "Two hours and twenty minutes, sir," Hawk says{eva_hawk ? hawk_alive:, at once, as though he has been counting under his breath all night|}. {not (eva_hawk ? hawk_alive):It is Tarrant who answers, from the auxiliary board, and then looks at the empty chair as if he had taken something from it.}
    Two hours and twenty minutes. You have been thinking of it as a long time. You turn to tactical. "Where are they, Mr. Worf?"
- -> report

= report
Worf does not look at his board to answer. He has not needed to for an hour.
"Decks Eleven and Twelve went in the night, as you know," he says. {eva_worf_hurt:The catch in his breath comes in the middle of the sentence, and he waits it out.} "Deck Ten at six-fifteen. Deck Nine at seven-forty. They are not fighting for them, Captain. They walk in, and the doors open for them, and the deck is theirs. Our people fall back before they are touched, as you ordered, or they do not fall back." # speaker: Worf
"How many have not?"
"Eleven since midnight." He says the number the way he would set down something heavy that he will have to pick up again later. "Commander Keller's team on Nine. They held a junction four minutes longer than I told them to." # speaker: Worf
On the main viewer the ship's cutaway glows in the dark, and the green has grown up through it like a stain through cloth: everything from Deck Nine to the keel, and a long fingering reach up the spine of the secondary hull toward the neck. Above it, ivory, the decks that are still yours. There are eight of them.
{
- plan_known >= 3: You know what they want with the rest. The beacon is gone, so they are building something else: not a signal now but a ship, this ship, made over in their own image so that she can do herself what the beacon could not.
- else: You do not know what they mean to do with the rest. You know that they are not hurrying, and that frightens you more than speed would have.
}
Beverly comes out of the turbolift with a medical kit on her shoulder and blood that is not hers on both cuffs. {eng_hid:She has her left sleeve pulled down to the knuckle, as it has been all night.|{crusher_hurt:The grey dressing on her forearm has been changed since midnight, and it is grey again at the edges.}} She does not wait to be asked.
"I have forty-one people on Deck Eight," she says. "Twelve of them on litters. If Deck Eight goes the way Nine did, I can't move them fast enough. Jean-Luc, I need to know now whether we're staying there." # speaker: Crusher
{sickbay_out ? patients:Among the forty-one are Park and Adebayo, still on the litters they were carried up the Jefferies tube on, and Halloran with his hands in gel.|{sickbay_out ? tolland:Tolland is with them, Beverly says; he has labelled every litter with its patient's name and blood type in marker pen, because the padds keep failing.|Ogawa is with them, alone; Beverly does not say who else she wishes were.}}
* (move) [Move the wounded up to Deck Four now]
    "Move them now. Deck Four, the forward lounges. Mr. Worf, give her whatever people she needs to carry them."
    Worf's jaw works. "That will take the last team off the Deck Eight junction, sir."
    "Then it does. Doctor, go."
    She looks at you for a moment longer than the order needs, as if checking something, and then she goes, and for the first time this morning you have done something that you are certain is right.
* (hold_line) [Hold Deck Eight. Every team to the junction.]
    ~ eng_harden(1)
    ~ eng_lose(1)
    "We hold Deck Eight," you say. "Every team to the junction. If we give them Eight we give them the wounded, and after the wounded the bridge. We hold it."
    Beverly says your name. You hear it, and you let it go past, and she hears you let it go.
    Worf gives the order. Twenty minutes later the Deck Eight junction holds, because four of his people do not come back from it, and Beverly moves her wounded up anyway, two decks, under fire, with her own hands. Nobody reports it to you as a choice you made. It was.
* (ask_bev) [Ask her what she needs]
    "What do you need, Beverly?"
    It stops her. She had come up with an argument and you have taken it away from her. "Deck Four," she says. "The forward lounges. Six people to carry and half an hour." # speaker: Crusher
    "You have them. Mr. Worf."
    Worf is already giving the order. Beverly nods once, at you, the way she nods at a patient whose numbers have come back better than she feared, and goes.
- {eng_hid:As she turns, her sleeve catches on the kit's strap and rides up, and you see the edge of it before she tugs it down: grey lines under the skin of her wrist, fine as hair, branching. She does not know you saw.}
-> eng_bridge

// ---------------------------------------------------------------------------
=== eng_bridge ===
-> fall

= fall
At eight-fifty the lights on the forward half of Deck Seven go out, all at once, as if someone had closed a hand over them. # scene: USS Enterprise, the bridge
Worf reads it off his board without inflection. "Deck Seven, forward. Security reports drones in the corridor outside the torpedo magazine." A pause, in which something on the board changes colour. "Deck Seven, aft. Deck Six is not answering."
"Phasers?"
"They adapted on Nine. The rifles are useless, Captain. The last team used their hands." # speaker: Worf
On the cutaway the green comes up through Seven and Six like water through a floor. You watch it. {eng_dark >= 2:Part of you is measuring the speed of it, and admiring it, and that part is not ashamed.|You make yourself watch it.} There are five decks left between the Borg and this room, and two hours between the Borg and Zefram Cochrane, and you can feel both numbers like hands.
{eva_hawk ? hawk_alive:Hawk has turned round in the conn chair. He is not supposed to turn round. "Sir," he says, "they took me on the dish for about forty seconds. I could hear them. They don't want the bridge. They don't need it." He stops, as if he has heard himself. "Sorry, sir."}
Worf straightens at tactical, and you know what he is going to say before he says it, because you have known since Deck Nine that somebody would.
"Captain. We cannot hold the ship. In an hour they will have the bridge; before that, the main computer. I recommend that we set the self-destruct, put the crew in the escape pods, and destroy the Enterprise before they can finish making her theirs." # speaker: Worf
The bridge goes very quiet. Even the other sound seems to lower itself to listen.
* [Hear him out]
    "Go on, Mr. Worf."
    He is not used to being told to go on; he had come up for a fight. "They want the ship," he says. "Not us. Not this deck. The ship: her engines, her computer, her weapons, her ability to fly. In 2063 there is nothing on this planet that could stop her. If we cannot take her back, we must not give her to them. That is all, sir." # speaker: Worf
    It is a good argument. It is the argument you would make, if it were anyone's ship but yours.
* [Tell him you will not discuss it]
    ~ eng_harden(1)
    "We are not going to discuss it, Lieutenant."
    "Sir, with respect, we must." He does not raise his voice. Worf never raises his voice when it matters. "They are on Deck Six." # speaker: Worf
* [Ask Beverly what she thinks]
    You look at Beverly, who has come back up from the lifts with her sleeves rolled to the elbow{eng_hid: on one side only}, and who has heard every word.
    "I think he's right," she says. "I think you know he's right." # speaker: Crusher
- -> vote

= vote
Beverly comes to stand beside Worf. It is not a large movement, two steps across a carpet, and it changes the shape of the room.
"I agree with him," she says. "I've been carrying people up this ship all night, Jean-Luc. Up. There's nowhere left to carry them." # speaker: Crusher
{
- eng_hid: She puts her hand on the rail as she says it, and her sleeve rides back from her wrist, and this time she does not pull it down. She has stopped bothering to hide it, or forgotten to. The grey lines are at the heel of her hand now.
- crusher_hurt: Her hand is on the rail, with the dressing on her forearm, grey at its edges, in plain sight of everyone.
}
{eva_hawk ? hawk_alive:Hawk does not say anything. He does not need to. He has turned back round to the conn, and his shoulders say what he thinks.}
{sickbay_out ? tolland:On the comm from Deck Four, Tolland is reading out a list of names in a steady voice to someone who is writing them down: who is where, who is on which litter. It is the only voice on the bridge for a moment.}
* (sleeve) {eng_hid} [Take Beverly's wrist and turn it to the light]
    You cross to her and take her wrist, not gently, and turn it so that the light from the viewer falls across it. The grey lines run from the heel of her hand up under the cuff, branching, fine as hair. Worf sees them. Hawk sees them{not (eva_hawk ? hawk_alive):; Tarrant sees them}.
    "Since sickbay," she says. She does not take her hand back. "A drone's tubules, on the way out. I dosed myself. It's slowed. It hasn't stopped." She looks at you. "So yes, I've got a personal interest in this, Jean-Luc. If you let them keep this ship, they keep me. I'd rather go up with her." # speaker: Crusher
    {crusher_hid == 2:"Lily saw," she adds. "On the ladder. She never told anyone but you, did she?"}
    You let go of her wrist. You had not known you could feel this afraid for anyone today.
* (hear_her) [Let her finish]
    You let her finish. She does not make a speech of it; she tells you what forty-one people on litters need and what they can't have, in verbs, the way she would tell you what a patient's lungs were doing{eng_hid:. Once, reaching for the rail, she winces, and turns the wince into a frown, and goes on|}.
    {eng_hid:You have seen what is under her sleeve. You do not say so. You will think later that it was the last chance to, and that you let it go because you could not afford one more thing to be afraid of.}
- -> answer

= answer
Everyone is looking at you. That is what a bridge is for.
{
- eng_voice: And under them, under the ship's hum and the other one, someone else is looking at you too, with great interest, and with all the patience in the world. She would like very much to hear what you say.
- pro_listened == 1: At the back of your skull the murmur has gone quiet, the way a room goes quiet when somebody important comes in.
}
* (insult) [Tell Worf he is afraid]
    ~ eng_harden(1)
    You hear yourself say it. "You want to run, Mr. Worf. You have decided that you cannot win, and so you want to burn the house down behind you and call it a victory. I had not thought it of you."
    The bridge does not breathe. Worf's face does something you have seen only once before, at a funeral, on Qo'noS. He closes the distance between you in two steps and stops.
    {
    - assault_order ? fire_first: "You told us to fire on our own people without waiting," he says, very low. "Because they were already gone. I did. On Deck Sixteen, I did." His breath catches. "If you were any other man, I would kill you where you stand." # speaker: Worf
    - eng_worf: "I have a lung full of my own frozen blood from your dish," he says, very low, and the catch in his breath comes in the middle of it. "If you were any other man, I would kill you where you stand." # speaker: Worf
    - else: "If you were any other man," he says, very low, "I would kill you where you stand." # speaker: Worf
    }
    * * (off) [Order him off the bridge]
        ~ eng_harden(1)
        "Get off my bridge."
        He goes. He does not hurry. The lift doors close on him, and the bridge is smaller without him in it.
    * * [Say nothing. Let him go back to his post.]
        You say nothing. After a moment he goes back to tactical, and puts his hand flat on his board, and stands there looking at it, and the bridge is much colder than it was.
* (refuse) [Refuse. Not while there is a deck left.]
    "No. Not while there is one deck of this ship that is ours. We will fall back to the upper decks and hold there. We will make them pay for every corridor. And we will find a way to take engineering back." {eng_dark >= 2:You can hear how good it sounds. You can hear how much you mean it.|You mean it. You think you mean it.}
    Worf holds your eyes for a long moment. "Aye, sir," he says, and nothing else, and that is worse than anything he could have said.
* (consider) [Tell them you will think about it, and leave the bridge]
    "I have heard you both," you say. "I will think about it." It is not an answer and they know it.
    "Sir," Worf says, "there is not time to think." # speaker: Worf
    "Then I will think quickly."
- Beverly says your name as you go. You do not stop. # pause
{eng_bridge.answer.off:Beverly has the conn|Worf has the bridge}, and you walk into the observation lounge and let the doors close behind you, and for the first time since the shields came down over Montana there is nobody looking at you at all. # scene: Observation lounge
-> eng_data_scene

// ---------------------------------------------------------------------------
// The one scene in the chapter that is not Picard's: Data, in engineering,
// while the captain is in the observation lounge.
=== eng_data_scene ===
Fifteen decks below the captain, in a room that used to be main engineering, Lieutenant Commander Data has been counting. # scene: Main engineering — Data
It is a thing you can do, and they cannot stop you doing it, and so you do it: the seconds since the drones closed over you on Deck Sixteen. Thirty-one thousand, four hundred and six. Seven. Eight. The warp core pulses at the centre of the room in a light that is the wrong colour now, and the drones have hung their alcoves round it like fruit.
Your left forearm is not yours. They have grown something over the tripolymer from the elbow to the wrist: skin, grafted and fed and living, with fine pale hairs on it, and nerves that they have threaded into your own sensor net with great care. The air moves over it when a drone walks past. You feel the air. You have never felt air. # pause
{
- data_lost ? went_back: You broke an order to be here. You went back for Crewman Lindqvist because she was nineteen and shouting, and she is alive, and you would do it again. You find that the having-done-it is a thing you can hold, like a tool.
- data_lost ? reached: You are here because the captain went for the coolant valves himself and you pulled him back out of their hands. You would do it again. You have been unable to decide, for several thousand seconds, whether he would have done the same for you.
- else: You are here because the captain ordered you to hold the hatch, and you held it. It was a correct order. You have examined it eleven times, and it is correct each time, and each time you find you would like him to have said something else as well.
}
* [Hold on to the last thing the captain said to you]
    {data_word:You hold on to it. He said that he would come back for you, and you said that you would keep the codes until then, and you have kept them. It is a very small thing to hold. It has not worn out yet.|You hold on to it, and there is nothing there to hold. He did not call to you. He was getting his people up the ladder, as he should have been, and the last thing you saw of him was his back. You hold that instead. It is cold, and it is his.}
* [Keep counting]
    Nine. Ten. Eleven. The counting does not help. It is not meant to help. It is meant to be yours.
- She is here. You did not hear her come; she does not make sounds she has not chosen to make. # speaker: The Borg Queen
"Still counting," the Queen says, behind you, almost fondly. "You do it out loud now. Did you know? Under your breath. Like a child on a staircase in the dark." She comes round in front of you, and looks at your arm, and then, slowly, leans down and breathes across the skin. # speaker: The Borg Queen
Every hair on it rises. Every one. Your sensor net records the event in eleven channels at once and you have no word for any of them. # pause
* (yield) [Let yourself feel it]
    ~ eng_steady(-1)
    You let it. You do not record it; you let it happen to you, the way it happens to them, all the way up your arm and into somewhere you did not know you had. When it stops you are shaking, very slightly, a tremor of point-oh-three millimetres at the fingertips, and she is smiling.
    "There," she says. "Now you know what you are for." # speaker: The Borg Queen
* (record) [Record it, and feel only what you have decided to feel]
    You record it. Eleven channels, every value, time-stamped to the nanosecond. You file it where you file everything. You do not let it happen to you; you let it be data. It is the hardest thing you have done since they took you, and from the outside it looks like nothing at all.
    "Stubborn," she says, without displeasure. "He is stubborn too. You learned it from him." # speaker: The Borg Queen
* (codes) [Ask her why she wants the codes]
    "You do not need my consent to take the ship," you say. "You have most of it. Why do you want the codes from me?"
    "I don't want them from you," she says. "I want you to want to give them to me. That's a different thing, and you're the only one aboard who'd understand the difference." She touches the skin of your arm with one finger. "Think about it. You have a little time. He has a little less." # speaker: The Borg Queen
- Above you, fifteen decks up, the captain is standing in a room full of glass, and you cannot see him, and you find that you are trying to. # pause
-> eng_lounge

// ---------------------------------------------------------------------------
=== eng_lounge ===
The observation lounge is the quietest room on the ship. Someone designed it that way: the long table, the chairs pushed in square, the sweep of windows with the Earth filling the lower half of them, blue and brown and unbothered. # scene: Observation lounge
Along the inner wall, behind glass, are the ships. Small, perfect, lit from beneath: every vessel that has carried this name, from the sailing ship at one end to the one you are standing in at the other. You have walked past them a thousand times. You have never once stopped to count them. You count them now. {eng_dark >= 2:It is the kind of thing you count when you are deciding whether to add to a list or to end it.|It is something to do with your eyes.}
{
- eng_voice: "You could have so much more than a room of little ships," she says, inside your head, as intimate as a hand at the back of your neck. "You know that. You've known it since you came back to me over Earth." You have not heard her voice in six years. You knew it at the first word.
- pro_listened == 1: The murmur is there at the back of your skull, as it has been since you listened to it over Earth. It does not say anything. It is waiting to see what you do, the way an audience waits.
- else: There is no voice in your head. You kept it out over Earth; you have kept it out all night. What is in your head now is only yours, and you are not sure that that is better.
}
* [Look at the models]
    You look at them. Someone made each of these by hand, with tweezers and a magnifying lens, because they thought the name was worth it. Every one of the ships they stand for ended, one way or another. None of them ended by being handed over.
* [Look at the Earth]
    You look at the Earth instead. Somewhere in that brown, in a clearing in the pines, a man who does not want to be a statue is being helped into a flight suit. He does not know your name. If you do this right, he never will.
* [Sit down at the table]
    You sit down at the end of the long table, in the chair nobody ever uses, and put your hands flat on the wood, as if the table might tell you something that the bridge could not.
- {eng_reach == 0:
    -> no_one
}
-> she

= no_one
Nobody comes. # pause
You wait for it anyway, the door, and the voice, and the argument that would make this easier; and nobody comes. Beverly is holding the bridge. Worf is at his board. Lily Sloane is somewhere below with the wounded, and she has not said a word to you since {holo_route ? fought:the Club Tangier, since the drum and the man behind the bar|the dish, since whatever she saw on the viewer}, and there is no reason why she should start now.
{lily_trust < 0:She held a weapon on Beverly Crusher in the first hour she was aboard. She held one on you in the tube. She has had no reason all night to put either of them down.}
* (send) [Send for her]
    You touch your badge. "Picard to Deck Four. Is Miss Sloane there?"
    A pause. Then Ogawa's voice, careful. "She's here, Captain. She says..." Another pause, in which you can hear someone speaking behind her, low and quick. "She says she's busy, sir. She's carrying litters. She says if you want to talk to her you know where the litters are." # speaker: Ogawa
    You do not go down to the litters. You close the channel. It is the fairest thing anyone has said to you all morning.
* (alone) [Decide it alone]
    You do not send for anyone. You are the captain. This is what the captain is for.
- {not eng_voice:
    -> turn
}
"There," she says in your head. "Just us." She sounds pleased, as if you had cleared a table for her. "You don't need the little woman from the rocket, Jean-Luc. You never did. You need what you had over Earth, when you were right about everything."
* [Listen to her]
    ~ eng_harden(1)
    You listen. You do not mean to; you tell yourself you are listening the way you listened over Earth, for information. She tells you how many drones are on Deck Six, and where, and that she is not angry with you about the beacon. She tells you that you are tired. You are.
* [Put your hands over your ears, like a child]
    You put your hands over your ears. It does nothing; she is not in the room. But it is yours, the gesture, and foolish, and human, and after a moment she laughs and goes quiet, and you take your hands away and find that they are shaking.
- -> turn

= she
The door opens behind you. You know who it is from the footsteps: nobody on your ship walks like that, as if every deck might be lying about being solid. # speaker: Lily
"Your doctor's holding the door," Lily says. "She said I had five minutes. She said, and I'm quoting, five minutes and then I'll come in and sedate you both." {lily_armed:She has the rifle slung across her back, and she does not take it off.|Her hands are empty. She puts them in the pockets of the jacket someone gave her, as if she had run out of other places to put them.}
{eng_reach == 2:She looks at you the way she looked at you at the crew lounge window in the night: as if you might still turn out to be worth the trouble.|She looks at you the way she looked at you in the tube, over a gun: as if she is still deciding what you are.}
"The whole ship's talking," she says. "Down on Four. Everybody knows. The Klingon said blow it up and you said no." # speaker: Lily
* (listen) [Let her say it]
    You do not answer. You let her go on; it is, you realise, the first time all night that you have let anyone go on.
* (explain) [Tell her she doesn't understand what they are]
    "You don't understand what they are," you say. "You can't. Nobody who hasn't been inside them can."
    "So tell me." # speaker: Lily
* (out) [Tell her to leave]
    ~ eng_harden(1)
    "This is not your concern, Miss Sloane. Go back to the wounded."
    "It's my planet you're parked over." She does not move. "Five minutes. She promised." # speaker: Lily
- "I heard them on the litters," she says. "Your people. They think you're going to get them killed for a boat." She comes round the table, slowly, and stops where she can see your face. "I don't know what you are, Picard. I've spent all night trying to work it out. {holo_route ? fought:I saw you with that machine gun in the bar, and I saw your face, and you were enjoying it.|{holo_route ? fiction:I saw you burn a whole make-believe city down around those things and not even look back at it.|I saw you sit still at a table while those things walked past us, and I thought, okay, he's careful.}} And now this." # speaker: Lily
{eva_hands >= 2:"And I saw what you did on the dish," she adds. "With your hands. To one of yours."}
{crusher_hid == 2:"And your doctor's got something growing in her arm. I saw it on the ladder. You know that? You know what you're asking her to wait for?"}
* (tell) [Tell her what it was to be one of them]
    So you tell her. Not all of it; there is not time, and there are not words. You tell her about the quiet. About how there was no you, only the agreeing. About standing on a ship of theirs and watching your own hands {pro_listened >= 1:do things, and knowing the voice that told them to, because it was yours|kill people you had served with, and being unable to close your eyes}. About Wolf 359, not as a battle but as a list of ships, and a number: thirty-nine. {eng_voice:You tell her that the voice has been back in your head since this morning, because you let it in. You had not meant to tell anyone that.}
    She listens. She does not look away once. When you stop, she says, "Okay. So they hurt you." She says it gently. "That's not a reason. That's a wound." # speaker: Lily
* (vow) [Tell her you will not give them one more deck]
    ~ eng_harden(1)
    "They have taken enough," you say. "They took me, once. They took the ships at Wolf 359. They took every deck below this one. I am not giving them one more. Not a deck, not a corridor, not a door. It stops on this ship, today, with me."
    You can hear how it sounds. Like a speech. Like a line from somebody's history book. You do not care.
    Lily waits until it has finished echoing. "Wow," she says. "You've said that before, haven't you? In your head." # speaker: Lily
- She looks at the ships behind the glass, and then back at you.
"You know the one about the whaler?" she says. "The captain with the bad leg, and the white whale that took it? {cochrane_told >= 2:Zef says they still read it where you come from. |}I read it in a shelter when I was eleven. It was the only book there with more than a hundred pages. I read it four times, waiting for the air to clear." She shakes her head. "I hated him. Every time. Everybody on that boat could see where he was taking them, and nobody stopped him, and they all went down, and he took them." # speaker: Lily
Something in you wants to answer her with the book itself: with the old man's words, the ones about chasing it round every cape and flame there is. They are right there, in your mouth, rhythmic and grand. You know exactly how good they would sound in this room.
* (quote) [Start to say them]
    ~ eng_harden(1)
    You start to say them. You get four words in.
    "Don't," Lily says. "Don't you dare. I know how it ends. I read it four times." # speaker: Lily
    You stop. Your own voice hangs in the room, and you hear it the way she heard it, and you do not like the man who was speaking.
* (swallow) [Don't]
    You don't. You keep them in your mouth until they are only words again, somebody else's, about somebody else's whale.
- Your hand is on the glass of the cabinet. You do not remember putting it there. Behind it the little ships stand in their row, lit from beneath, each one exactly itself. # pause
* (smash) [Break the glass]
    ~ eng_harden(1)
    You hit it. The glass goes in a sheet, loud and bright, and the ships go with it: two of them off their stands and onto the deck, where one of them breaks in half very neatly along the line of its hull. Your hand is cut across the knuckles. You stand there bleeding onto the carpet, breathing hard, and you have never in your life done anything so stupid in front of anyone.
    Lily has not moved. She has not even flinched. She looks at the little broken ship on the floor, and at your hand, and at you. "Yeah," she says quietly. "That's what I thought." # speaker: Lily
* (hold) [Keep your hand flat against it]
    You keep your hand flat against the glass. It is cool, and it holds, and you press on it until your arm shakes, and then you stop pressing. The little ships stand there, untouched. You take your hand away and there is a print of it on the glass, a smear of warmth, already fading. # pause
    Lily saw all of it. She does not say anything about it. She does not need to.
- -> turn

= turn
{eng_reach == 0:The Earth turns in the windows. Your ship turns round it. Somewhere below you, Worf is waiting for an answer that you have not given him.|"So what's it going to be?" Lily says. "I've got about a minute before your doctor comes in here with a needle."} # pause
{eng_reach == 0:
    -> alone_turn
}
* (admit) [Tell her she is right]
    ~ eng_harden(-1)
    It takes longer than it should. You have to go and find the words somewhere you have not been all night.
    "You're right," you say. "I was taking them down with me. All of them. And I would have called it holding the line." You look at your hands. {eng_lounge.smash:One of them is still bleeding.|They are quite steady now, which is worse.} "Thank you, Lily."
    {
    - eng_reach == 2 || eng_lounge.listen || eng_lounge.tell:
        ~ eng_lily_word = 2
        She lets out a breath she has been holding, you think, since the tube. "Well," she says. "Took you long enough." And then, not looking at you: "You're going to do something stupid anyway, aren't you. I can see it. Just do the smart thing first." # speaker: Lily
    - else:
        ~ eng_lily_word = 1
        She looks at you for a long moment, as if she is not sure she has heard right, or is not sure she believes it. "Okay," she says. "Prove it." And she goes, before you can. # speaker: Lily
    }
* (argue) [Tell her it is not that simple]
    "It is not that simple," you say. "You don't know what they will do with this ship, in this century. I do."
    ~ eng_lily_word = 1
    "Sure," she says. "And you're the only one who gets to decide. That's what he thought too." She goes to the door, and stops in it. "I hope you're right, Picard. I really do. I've just never met anybody who was as sure as you and right." # speaker: Lily
    The doors close behind her. What she said stays in the room.
* (dismiss) [Send her out]
    ~ eng_harden(1)
    ~ eng_lily_word = 0
    "That's enough. Go back to Deck Four."
    She goes. She does not argue. At the door she turns, and looks at you, and seems about to say something, and then doesn't, and that is the last thing she gives you: the thing she decided not to say.
- -> eng_order

= alone_turn
* [Go back out to the bridge]
    You go back out. You have not decided. You find, walking, that you have.
* [Stay a little longer]
    You stay a little longer. It is a luxury, and you know it is a luxury, and you take it anyway: one more minute with the Earth in the windows and nobody asking. Then you go.
- -> eng_order
