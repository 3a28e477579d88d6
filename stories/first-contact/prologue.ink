// The prologue. Player: Captain Jean-Luc Picard.
// The Romulan border, the battle over Earth, the vortex, April 2063,
// and the first heat on Deck 16. Sets pro_listened (0..2), pro_away, pro_warned.
// Names: pro_ knots. Ends with a recap and -> sickbay.

=== prologue ===
~ chapter = 0
The fleet is dying in your ready room, one voice at a time. # chapter: Prologue — The Hum # scene: USS Enterprise, the Romulan Neutral Zone
You left the subspace channel open on the desk an hour ago and have not been able to close it since. Starfleet tactical traffic, relayed and scrambled and thinned by distance: shield figures, firing solutions, a helmsman somewhere asking for a heading twice.
Somewhere past Typhon a single Borg cube is cutting through everything the Federation can put in front of it. The Enterprise is not there. The Enterprise, eleven months out of the yards at Utopia Planitia, the newest ship in the fleet, is here, walking a slow patrol along a border where nothing has moved in weeks.
Admiral Hayes was courteous about it. He is always courteous. The Romulans might take advantage, he said, and the flagship should be where it could respond. He did not say the other thing, the thing about a captain who had once worn the Collective's machinery in his own skull. He did not have to. # pause
On the channel, the Budapest reports her shields at nine percent. Someone tells her to fall back on the Lexington. Someone asks again, louder, and nobody answers.
And under the channel, under the static and the coordinates and the names, there is the other sound. You have been hearing it for six days. It is like a crowd in a distant room, a great many people murmuring the same thing in no language at all.
It is not coming from the speaker. You know exactly where it is coming from.
* [Shut the channel off]
    You close it with two fingers, and the ready room is suddenly only a room: the model ships in their case, the lionfish turning in its tank, a cup of tea gone cold at your elbow.
    The murmur does not go with the channel. But it thins, and with an effort you can stand outside it, the way a man stands outside a door he has decided not to open. Six years of practice. Counsellor Troi calls it a skill. You have never been able to think of it as one.
* [Listen to the ships]
    You make yourself hear every one of them. The Budapest, silent now. A lieutenant on some old Miranda-class reading her casualty figures aloud into the channel because regulations say someone must. The Lexington's captain, hoarse, asking whether anybody has seen the Defiant.
    If they can die out there, you can at least know their names. The murmur is under them the whole time, patient. You do not go looking for it. You don't need to.
* [Listen under the ships]
    ~ pro_listened = 1
    You close your eyes and let the channel blur into hiss. Underneath it the crowd in the far room stops being a crowd. It becomes a single voice made of very many, and it is not murmuring at all. It is counting.
    "The Endeavour next. Her forward shield generator is damaged. She will turn to port to protect it." # speaker: The Collective
    A breath later, on the channel, the Endeavour turns to port. You hear her captain give the order. You heard it first.
    You open your eyes. Your hand is flat on the desk, and the palm is wet, and the old place under your right ear, where the implant went in, is aching as if the weather had changed.
- The door chimes. You know the chime, the way you know his walk. # pause
-> pro_riker

= pro_riker
Will Riker comes in and does not sit down. He has a padd in his hand that he does not look at; he knows what is on it.
"They've broken the line at Typhon," he says. "The cube's on course for Earth. Admiral Hayes is pulling everything he has back to Sector 001." # speaker: Riker
He lets that sit for a moment. Then, more quietly: "Captain, the crew have been listening to that channel too."
* (stand) [Tell him the orders stand]
    "We were given a border to watch, Number One, and we are watching it. I don't have to like it, and neither do you." # speaker: Picard
    "Given by whom, though?" he says. "Hayes isn't afraid of the Romulans. He's afraid of you." # speaker: Riker
    It is unfair and it is true, and he is the only officer aboard who would say it to your face. You find that you are grateful, and that you are standing up.
* (why) [Tell him why Starfleet sent you here]
    "They're afraid of what's still in my head, Will. They think that the moment I see a cube I'll stop thinking like a captain and start thinking like a drone." # speaker: Picard
    You hear how it sounds. You say the rest anyway. "The trouble is, I can't swear to them that they're wrong."
    Riker looks at you for a long moment. "Then swear it to me later," he says. "After." # speaker: Riker
* (crew) [Ask him what the crew are saying]
    "What are they saying, Will? Honestly." # speaker: Picard
    "Honestly? Hawk has plotted a course to Earth four times this watch and deleted it four times. Data has calculated the fleet's odds and won't tell anyone the number. And the quartermaster's laying bets on how long you'll last in here." # speaker: Riker
    "And how long am I lasting?" # speaker: Picard
    "You've beaten the favourite by eleven minutes." # speaker: Riker
    It is not a joke. It is Riker handing you a reason to get out of the chair, and you take it.
- {prologue.pro_riker.stand:"Bridge," you say, and Riker, who was told a minute ago that the orders stood, holds the door for you without a word.|"Bridge," you say. "Now."} # pause
-> pro_bridge

= pro_bridge
The bridge of the Enterprise is quieter than it should be. Nobody is talking about the channel, which means everyone has been listening to it.
Data turns from ops. Lieutenant Hawk, at the conn, sits up a little straighter as you pass him. Deanna Troi, in her seat at Riker's left, watches your face as if the last six days were written on it.
* (speech) [Tell them you are about to disobey Starfleet]
    You stand in the middle of them and say it plainly. Starfleet ordered this ship away from the fight. You are taking her into it, and when it is over there will be an inquiry, and the name on it will be yours and nobody else's.
    "Mr. Data, draft a signal to Starfleet Command, to go the moment we arrive. The Enterprise has left her station on my authority. Give them my reasons." # speaker: Picard
    Data's hands pause over his console. The standard form for a ship leaving her patrol, he reports with great seriousness, allows for mechanical failure, medical emergency and enemy action. "For the captain's reasons, sir, I can find no field for it." # speaker: Data
    Hawk laughs out loud and stops himself, and you feel the bridge come back to life around the sound. "Leave it blank," you tell Data. "They will know what goes there."
* (heading) [Give Mr. Hawk a heading and nothing more]
    "Mr. Hawk. Earth. Don't spare her." # speaker: Picard
    There is a half-second in which nobody breathes. Then Riker reaches past Troi and sounds battle stations himself, which makes it an order from both of you, and the bridge begins to move.
    You did not explain. Nobody asked you to. You are not sure whether that is trust or tact, and you find you are grateful for either.
- {heading:"Aye, sir." Hawk's hands are already moving.|"Mr. Hawk," you say, and nothing else, and he turns to the conn as if he has been waiting all day to be asked. {prologue.pro_riker.crew:"Fifth time this watch, sir," he says. "I kept this one."|"Plotted since the second watch, sir," he says. "In case."}} # speaker: Hawk
"She'll give you better than nine point nine, sir," Hawk adds, over his shoulder, "if you don't tell the engineers I said so." # speaker: Hawk
The stars stretch into lines. Earth is a little under four hours away. # pause
-> pro_transit

=== pro_transit ===
You do not wait the four hours on the bridge. You can feel them watching you wait. # scene: USS Enterprise, main engineering
Main engineering is loud with the ship working at the top of her range: the warp core pulsing in its column, blue and steady, the deck faintly alive under your boots. Geordi La Forge has his head inside a console and his voice in three conversations at once.
His second, Lieutenant Paul Porter, is at the master systems display. He is a tall, tidy man who calls the ship "she" only when he thinks no one is listening. Beside him a junior officer you don't know is copying figures onto a padd with her tongue between her teeth, a battered paper sketchbook wedged under her elbow.
"Ensign Yusra Haddad, sir," Porter says, when he sees you looking. "Three weeks aboard. Best plasma-flow numbers on the night shift." The ensign goes red to the ears and stands up too fast, and the sketchbook goes with her, pressed flat to her side. # speaker: Porter
* (sketch) [Ask Haddad what she has been working on]
    She shows you before she can think better of it. Not the padd: the sketchbook, real paper, the warp core drawn in soft pencil from six angles, the light done with a smudged thumb.
    "I draw things so I'll understand them, sir," she says. "It's slower than reading the specifications. But it stays." # speaker: Haddad
    You tell her you used to do the same with ruins. It is the first thing anyone has said to you in a week that has nothing to do with the Borg.
* (hold) [Ask Porter how the ship will hold]
    "She'll hold, Captain," Porter says, and then, because he is an honest engineer, "She'll hold for about six hours at this speed before I want to look at the coils. After that I'll want to look at them very badly." # speaker: Porter
    Haddad says, "Seven hours," and then looks appalled at herself. Porter only nods. "Seven, if the ensign says so. She's usually right. She draws the coils on her breaks; she knows them better than I do." # speaker: Porter
    You like him for that. You like them both for the way she looks at him when he says it, and for the way the sketchbook tightens under her arm, as if someone might ask to see it.
- Geordi surfaces from the console, sees you, and doesn't ask why you're here. "We'll get you there, Captain," he says. "After that it's your department." # speaker: La Forge
As you leave you hear Haddad ask Porter, in a whisper she thinks is quiet, whether it's true that the captain was one of them once. You do not hear his answer. You find you don't want to. # pause
-> pro_battle

=== pro_battle ===
The Enterprise drops out of warp into wreckage. # scene: Sector 001, above Earth
It is everywhere: hull plating turning slowly end over end, a nacelle with its registry still legible, the glitter of frozen atmosphere venting from things that were ships an hour ago. Beyond it, filling a third of the viewscreen, is the cube.
It is scarred. It is burning in a dozen places. It does not seem to notice. Behind it, blue and white and unbearably close, is Earth.
"The Defiant, sir," Data says. "Bearing zero-four-one. She has lost main power and her shields. Commander Worf appears to be setting a collision course with the cube." # speaker: Data
On the screen a small, battered warship is turning its bow toward the cube, trailing plasma like blood in water.
* (cover) [Put the Enterprise between the Defiant and the cube]
    "Hawk, get us in front of her. Everything to the forward shields." # speaker: Picard
    Hawk does it with an inch to spare, and the cube's cutting beam finds your forward shields instead of Worf's hull. The bridge lurches. Somewhere below, someone is thrown against a bulkhead; you hear the report and the name, and the name is Ensign Ruiz, and he will live.
    In the breathing space you have bought, the Defiant's crew beam aboard in clusters, coughing, singed, alive. The ship herself you leave drifting. She has done enough.
* (beam) [Beam the Defiant's crew out before they ram]
    "Transporter room, lock on to every life sign aboard the Defiant and bring them here. Now." # speaker: Picard
    They come aboard in clusters, coughing and singed, and the Defiant goes on without them, lifeless, straight toward the cube, until the cube's beam lazily cuts her engines out from under her and she spins away into the wreckage. She does not ram anything. She simply stops.
    It was the faster choice and the Enterprise is unmarked. You will have to tell Worf you took his last act away from him.
- Worf reaches the bridge four minutes later with a burn across his cheek and his sash torn. He stops at the top of the ramp.
{pro_battle.cover:"Captain. You placed the flagship in the line of fire to save a ship that was already lost." # speaker: Worf|"Captain. The Defiant had one weapon left. She was it." # speaker: Worf}
{pro_battle.cover:"I placed it where my officers were, Mr. Worf. Tactical is yours, if you want it." # speaker: Picard|"I needed her crew more than I needed her last act, Mr. Worf. Tactical is yours, if you want it." # speaker: Picard}
He wants it. He takes it without another word, and for the first time since the Neutral Zone you feel the ship is whole. # pause
-> pro_cube

= pro_cube
On the fleet channel an admiral is giving orders, unhurried, the way he gives them at briefings: Hayes, telling the Appalachia to come about and cover the Thunderchild's flank. Halfway through the word "flank" he stops.
Worf looks down at his board, and then at you. "The flagship's transponder is gone, sir." # speaker: Worf
You look at the screen: nine ships left, perhaps ten. The Thunderchild firing from too far away. The Appalachia venting. The Yeager, a small Saber-class, hanging off the cube's lower face with a captain you met once at a reception, a quiet man named Rhee who talked to you for an hour about orchids.
"Enterprise, this is the Yeager." Rhee's voice, as mild as it was over the canapés. "Is anyone running this?" # speaker: Rhee
You answer him by running it. "Yeager, hold the lower face and keep it busy. Thunderchild, close to five thousand metres; you're wasting torpedoes at that range. Appalachia, fall back behind us and put your fires out." # speaker: Picard
There is a pause on the channel about as long as it takes nine captains to look up who is talking. Then they answer, one after another, and do as you say. Nobody asks by what authority. # pause
The cube regenerates faster than they can hurt it. Scorched plating knits over in seconds; torpedoes bloom and fade and the surface beneath them is smooth again. It will reach orbit in nine minutes.
And the murmur, the crowd in the far room, is not in the far room any more. It is close enough to touch. It knows you are here. It is offering you something.
"Aft of the leading face. Two thousand metres in. A node that feeds the regeneration web. It is where you remember it." # speaker: The Collective
You could take it. Or you could not.
* (arms) [Ask Data for a structural analysis]
    "Data, I want a full structural scan. There must be a point where the regeneration originates. Find it." # speaker: Picard
    "Working, sir. The cube's architecture is distributed by design. This may take some time." # speaker: Data
    You hold the voice at arm's length with everything you have. It does not fight you. It does not need to. It simply waits, as the seconds go by.
    Data needs a minute and twelve seconds. In that minute the cube turns its face toward the Yeager, and the little ship holds her position because you told her to hold it, and have not yet told her otherwise. You watch her go. Captain Rhee's last transmission is a set of figures for the cube's lower face, useful, and very calm. # pause
    "There, sir," Data says. "A power distribution node, deep in the aft section." # speaker: Data
    You knew it was there. You knew it a minute and twelve seconds ago.
* (point) [Let the voice point]
    ~ pro_listened = pro_listened + 1
    You stop pushing back. It is so easy. That is the worst of it: how easy, and how much it feels like remembering a room in a house you grew up in.
    You step up beside Worf and key the numbers into his board yourself, with your own fingers, as if they were yours. In a sense they are. "That point, Mr. Worf. Give it to every ship in the fleet." # speaker: Picard
    Data looks up from ops, once, and says nothing.
* (further) [Go further in: ask it what it wants]
    ~ pro_listened = 2
    You don't only let it speak. You speak back.
    The murmur becomes a vast, calm presence in which everything is clear: the node two thousand metres in, the cube's course, the fleet's positions laid out like pieces on a board. And something else. A small, hard shape sleeping in the cube's heart, waiting for the cube to die so that it can wake.
    "What is it? What do you want?" you ask it, and it answers you with a feeling instead of a word, and the feeling is patience. It wants what it has always wanted. It simply intends to get it somewhere else. # speaker: The Collective
    "Captain." Troi's hand is on your arm. You have been standing very still. "Captain, you said 'we'." # speaker: Troi
    {prologue.pro_riker.why:Across the bridge Riker has heard it too. You watch him remember the ready room, and what you could not swear to.}
    You give Worf the numbers. Your voice sounds to you like a recording of your voice.
- "All ships, on the Enterprise's mark," you say. "Everything you have, into that one place. Keep it there." # speaker: Picard
The fleet fires together for the first time all day. Phasers and torpedoes from nine directions, into one place on the cube's hull, again and again, until the hull stops healing. # pause
Something deep inside it gives way. Light pours out through the seams of the cube, then through the faces of it, then through everything, and it comes apart as slowly and as silently as things do in vacuum.
{not pro_battle.pro_cube.arms:"Enterprise, Yeager." Rhee, mild as ever, with something breaking up behind him that might be his own hull. "We felt that one from down here. Thank you for not making us wait." # speaker: Rhee}
Somebody on the fleet channel is cheering. You are not. {pro_battle.pro_cube.further:You know what is sleeping in the wreckage.|{pro_battle.pro_cube.point:Something in you has not stopped listening.|You are looking for the Yeager, and she is not there.}}
-> pro_vortex

=== pro_vortex ===
"Captain," Data says. "A vessel has been launched from the debris. Spherical. It is on course for Earth." # speaker: Data
It is small and dark and very fast. It does not flee the fleet; it ignores the fleet. It drops toward the atmosphere, and as it goes, space in front of it folds open like a torn page, and out of the tear comes a light that is not quite any colour. # pause
"Chroniton particles, very high concentration," Data says. "It has opened a temporal vortex." # speaker: Data
"Where is it going?" you say. And then, because that is the wrong question: "When?" # speaker: Picard
{pro_listened >= 1:The voice has an answer ready. You can feel it waiting to be asked.}
* [Ask Data to read the vortex]
    {pro_listened == 2:
        You ask Data. The voice answers anyway, before he can, as if you had asked it.
        "Back. To when they are few and their world is broken. To before anyone has come to look at them. To the morning of one small flight that will not now be made." # speaker: The Collective
        "Between two and four centuries, sir," Data says, a second behind it. "I cannot be more exact from outside." You say "three," very quietly, and he turns to look at you, and says that the signature is consistent with that. # speaker: Data
    - else:
        "The signature suggests a displacement of between two and four centuries, sir. I cannot be more exact from outside it." # speaker: Data
        You nod. A date will have to wait. It is a relief, in a way, to know no more than anyone else on the bridge.
    }
* {pro_listened < 2} [Listen for where it has gone]
    ~ pro_listened = pro_listened + 1
    You don't need Data. The voice is already telling you, before you have properly asked.
    "Back. To when they are few and their world is broken. To before anyone has come to look at them. To the morning of one small flight that will not now be made." # speaker: The Collective
    "Three centuries," you say, aloud, and Data turns from ops to look at you, and says, mildly, that the signature is consistent with that. Across the bridge Troi does not look away from your face. # speaker: Picard
* (push) {pro_listened >= 1} [Force the voice out of your head]
    ~ pro_listened = pro_listened - 1
    You will not ask it anything. You take hold of it instead, the whole patient weight of it, and you push.
    It does not fight. It is only heavy, heavier than the ship, and the place under your ear goes white, and the deck comes up to meet your knee. # pause
    When the bridge comes back, Deanna is crouched beside you with her hand flat between your shoulders, and Will is standing over you both, wide enough that nobody at the rear stations can see your face. {prologue.pro_riker.why:He knows what he is hiding from them; you told him yourself, in the ready room.} The murmur is thinner. It is not gone. Your hands will not stop shaking.
    "Between two and four centuries," Data is saying, to no one in particular. "I cannot be more exact from outside it." # speaker: Data
- The sphere goes into the light and the light begins to close behind it. The Enterprise is near enough to be caught at the edge: the bridge lights stutter, and the deck shrugs under you, and then it steadies.
"Sir," Hawk says, very quietly. "Sir, look at the planet." # speaker: Hawk
Earth is still there. But it is not blue any more. It is grey, and green where it should not be green, webbed over from pole to pole with something that catches the sun like metal. The cities are lit, every one of them, in the same cold colour.
Worf opens the fleet channel. The Thunderchild, the Appalachia, the cheering captain{not pro_battle.pro_cube.arms:, the Yeager and her mild captain who thanked you a minute ago}: nobody. Not wreckage, not distress calls. There is nothing where the fleet was, as if there had never been a fleet. # pause
{pro_listened >= 1:And the murmur is coming up from the planet now, from every part of it at once. It is not a crowd in a far room any more. It is the whole house.}
"The wake is holding us as we were," Data says. "It will not hold us long." # speaker: Data
"They went back," Riker says, "and took it before we could stop them." # speaker: Riker
"Then we go back after them." # speaker: Picard
The tear is closing. You have perhaps a minute.
{pro_vortex.push:Your hands are still shaking. You could not hold the conn with them, and everyone on the bridge has seen it.}
* (hawk_flew) [Order Hawk to take her in]
    "Mr. Hawk. Follow that sphere. Take us in." # speaker: Picard
    Hawk wipes his hands on his trousers, once, and then flies the Enterprise into a hole in time as if he had been doing it all his life. Later he will tell people that it was like flying into the sun with his eyes shut. Right now he says only, "Aye, sir," and his voice does not shake.
* {not pro_vortex.push} [Take the conn yourself]
    "I have the conn, Mr. Hawk." # speaker: Picard
    He gives it to you without argument, though you see it cost him something. You have not flown a starship into anything more dangerous than a nebula in twenty years. You take her in anyway, because if it goes wrong, you want it to be your hands that did it.
    Hawk watches every move you make. You can feel him memorising them.
- The light closes over the bow. The viewscreen goes white, then a colour under white, then nothing at all. # pause
-> pro_arrival

=== pro_arrival ===
Stars. Ordinary stars, and below them Earth, blue again, with cloud over the Pacific and a long night shadow creeping across North America. # scene: Earth orbit, the twenty-first century
For a moment nobody on the bridge does anything but look at it.
"The sphere, sir," Worf says. "Low orbit. It is firing on the surface." # speaker: Worf
On the screen, a thin line of light reaches down from the sphere into the dark of a continent, and where it touches, something on the ground flares and dies. It fires again. It is not bombarding a city. It is aiming at one small place, very carefully.
* (fire) [Fire on it now]
    "Mr. Worf. Everything forward. It does not fire a third time." # speaker: Picard
    The torpedoes go out in a fan of blue light. The sphere has no time to turn. It bursts like a seed pod, and then there is nothing where it was but a spreading cloud of hot debris falling toward the atmosphere, where it will burn for an hour like a meteor shower over the Great Plains.
* (scan) [Scan it first: learn what it's aiming at]
    "Hold fire a moment. Data, what is it shooting at?" # speaker: Picard
    "A fixed installation in central North America, sir. Underground, hardened. I am reading..." Data stops. The sphere fires a third time while he reads, and the installation's power signature halves. "...I am reading a missile complex, sir. Or what was one." # speaker: Data
    "Now, Mr. Worf," you say, and Worf has been waiting to hear it. The sphere comes apart in a ring of fire and is gone. # speaker: Picard
    Data does not take his sensors off the debris. You asked him to watch it, and he goes on watching.
- The debris is still falling when you turn to Worf. "Lower the shields, Mr. Worf. We'll want the transporters, and there is nothing left up here to shoot at us." # speaker: Picard
Worf does not like it. He does it. On the tactical display the blue line around the hull thins, and breaks, and goes out section by section, like a house turning off its lights for the night. # pause
{pro_listened >= 1:In the moment it goes, the hum in your head catches, like a breath drawn in. Then it is level again, and you could not swear it happened.}
"A flicker on the aft ventral sensor grid as the shields came down, sir," Worf says. "It has cleared. Debris, most likely." # speaker: Worf
{pro_arrival.scan:"And a discharge from the wreckage at the same moment," Data says, frowning at ops. "Brief. Consistent with a transporter. It is gone before I can trace it." He checks again. "It is probably an artefact of the explosion." You let him say probably. You should not have.}
Data reads the stars, and then the radio noise leaking off the planet, and then the shape of the coastlines and the scars on them. # pause
"From the drift of the nearer stars, sir, and from what the surface is broadcasting: the fourth of April, 2063. Evening, local time. The installation the sphere was firing on is in central Montana." # speaker: Data
Nobody on the bridge needs the rest said aloud. Every child in the Federation knows what happens in Montana on the fifth of April, 2063; most of them have built the rocket out of something. Hawk says it anyway, under his breath, like a man checking he still has his keys: "Cochrane."
"They haven't come for the planet," you say. "They've come for tomorrow." # speaker: Picard
{pro_listened == 2:You knew it before you said it. You are not sure any more where your own reasoning stops and the other thing begins.}
"The silo's been hit," Riker says. "We don't know if the Phoenix survived. We don't know if Cochrane did." # speaker: Riker
An away team, then. The question is who leads it.
* [Lead the away team yourself]
    ~ pro_away = true
    "I'm going down," you say. "Beverly, Data, Deanna, with me. Number One, you too. Cochrane is going to need someone who can talk to him, and I suspect that isn't me." # speaker: Picard
    Riker opens his mouth, closes it. He knows the look. "And the bridge?" # speaker: Riker
    "Mr. Worf has the bridge." # speaker: Picard
    You tell yourself it's because you have wanted to see the Phoenix since you were nine. It is partly true. {pro_listened >= 1:The other part is that the ship has begun to feel too small, and too quiet, and you do not want to be alone in it with what you have been listening to.|The other part is that you have spent six days holding something at arm's length in this ship, and you would like one hour on the ground.}
* [Send Will down and stay with the ship]
    ~ pro_away = false
    "Number One, take Data, Deanna and Dr. Crusher. Find the Phoenix. Find Cochrane." # speaker: Picard
    Riker looks surprised, and then pleased, and then, being Riker, slightly worried. "You're not coming? Sir, it's the Phoenix." # speaker: Riker
    "I know what it is, Will." # speaker: Picard
    You have wanted to see that ship since you were nine. {pro_listened >= 1:But the murmur did not die with the sphere, and you would like to know why before you leave the ship in anyone else's hands.|{pro_arrival.scan:But Data's word keeps coming back to you, consistent with a transporter, and you would like to be aboard when you find out whether he was wrong.|But she is three hundred years from anyone who could help her, and somebody who knows what the Borg smell like should be aboard.}}
- -> pro_split

= pro_split
{pro_away:
    -> pro_surface
- else:
    -> pro_aboard
}

=== pro_surface ===
The transporter lets go of you in the dark, in cold air that smells of ash and diesel and something sweeter you do not want to name. # scene: The missile complex, central Montana
There was a settlement here an hour ago: shacks built out of shipping containers and aircraft aluminium, strings of bulbs on poles, a bar with a hand-painted sign. Half of it is burning. The other half is lit by the burning.
People are moving in the smoke. Some of them are carrying other people. Nobody has noticed five strangers in matching clothes, because nobody here has attention to spare. # pause
Beverly is already unpacking hyposprays. "Theta radiation's everywhere down here," she says. "Inoculations, everyone. Every breath you take in this place is costing you something." The hiss at your neck is cold and brief. # speaker: Crusher
Deanna touches your arm. "Cochrane," she says. "Somebody here knows where he is. I'll find them." Riker goes with her, because nobody should be alone in this. # speaker: Troi
* [Kneel by the wounded man near the bar]
    He is sitting against a wall with a burned arm held away from his body, very carefully, as if it belongs to somebody else. He looks up at you and asks whether the war has come back.
    "No," you tell him. "It was one ship, and it has gone." You do not tell him what it was, or that you watched it die, or that it came a very long way to do this to him. Beverly has the arm in a dressing before you stand up.
    "Nice manners," the man says, to nobody. "Haven't seen manners since fifty-three."
* [Go straight for the silo with Data]
    "Data, with me." You do not look back at the burning shacks. You know what Beverly's face is doing without looking, and you keep walking, because if the Phoenix is gone then nothing here will matter, and if it isn't then nothing matters more.
- The silo is a hole in the ground inside a fence inside another fence, the concrete blast doors drawn back like the lids of a tin. A ladder goes down into light.
At the bottom, in a concrete well forty metres deep, with scaffolding around it and cables hanging everywhere like vines, stands a missile that was built to end the world and has been taken apart and put back together to do the opposite. # pause
You have seen her a thousand times in pictures: white and clean, always in sunlight, always already flying. You have never seen her with oil on her. You have never seen her with a half-eaten sandwich on the gantry and a wrench left hanging by a wire.
Something moves on the catwalk opposite.
* [Step into the light with your hands open]
    You step out where whoever it is can see your hands. You say that you are not going to hurt anyone.
    A woman comes up off the catwalk with an automatic rifle, old and oiled and absolutely working, and opens up with it before you finish the sentence. Data is in front of you before you see him move. The rounds go flat against his chest with a sound like gravel on a window, and fall, and roll.
    Over his shoulder, you and she look straight at each other. You are the one with his hands open. She has not decided yet whether that makes you harmless or worse.
* [Let Data go first]
    "Data." You nod toward the catwalk, and Data walks out onto the concrete as calmly as he would walk onto the bridge.
    A woman comes up off the catwalk with an automatic rifle, old and oiled and absolutely working, and opens up on him. The rounds flatten against his chest and fall like gravel. He does not stop walking. She looks past him, straight at you, the man standing safe in the shadow while the other one takes the bullets, and you see her decide exactly what she thinks of you.
- The rifle clicks empty. Data takes it out of her hands, gently, the way you would take scissors from a child.
She is in her thirties, in a flight jacket patched at both elbows; her hands are blistered and her face is the grey of someone who has been breathing this air for ten years. She looks at Data's chest, where the rounds should have gone in, and then at you. "What are you? Coalition? The Coalition never had anything like him." # speaker: Lily
* [Tell her who you are]
    "My name is Jean-Luc Picard. We're not from the Coalition, or from anyone you've fought. We came to help." # speaker: Picard
    "The Coalition came to help. In fifty-three. We're still digging it out of the wells." She wipes her mouth with the back of one blistered hand. "Lily Sloane. That's my rocket you're standing under, Mr. Picard, and you can step away from it." # speaker: Lily
* [Ask her where Zefram Cochrane is]
    "We're looking for Zefram Cochrane. Is he alive?" # speaker: Picard
    For a second something like a laugh crosses her face. "If he's alive he's drunk, and if he's dead he's still drunk. Get in line." # speaker: Lily
    "And you are?" # speaker: Picard
    "Lily Sloane. The one who builds it while he drinks to it." # speaker: Lily
- And then her knees go, all at once, and Data catches her before she hits the concrete.
Beverly is down the ladder in thirty seconds, tricorder already open. "Theta radiation poisoning, and shock. She's been in this hole breathing it for hours." # speaker: Crusher
"She needs sickbay, Jean-Luc. Not tomorrow. Now." # speaker: Crusher
You know every reason it is a bad idea: a woman from 2063, awake on a starship from three centuries on, with her eyes open. You know that none of them is worth her life. You nod, and Beverly calls the ship, and she and Lily Sloane are gone in a column of light. # pause
Data turns the empty rifle over in his hands. "She was defending the Phoenix, sir," he says. "I find that I respect that." # speaker: Data
Then it is you and Data and the ship. # pause
* [Climb up to the cockpit]
    You go up the gantry, past the sandwich, and look in through the canopy. Three seats, the padding split and taped. A bottle wedged beside the pilot's couch, not quite empty. A panel with half its labels written on strips of tape, in two hands: one tidy, one not.
    Data, below, asks with real curiosity what you hope to see from up there that the tricorder has not already told you.
    "When I was a boy I built a model of this ship. The wrong colour, with too many fins. I used to lie on the floor of my room and fly it into the ceiling." You look at the tape. "I never once wondered who labelled the switches, Data. I'm wondering now." # speaker: Picard
    Data considers this. "The tidy hand matches the fuel log by the ladder, sir," he says. "I believe it is Ms. Sloane's." # speaker: Data
* [Walk the length of her with Data]
    You walk her from the fins to the nose with Data reading damage aloud beside you: cracked coolant lines, a scorched intake, one of the warp nacelles still in pieces on the floor, a control panel somebody has been fixing with a fork.
    "Repairable," Data says at last. "Not by her crew. By ours, perhaps, in the time we have." # speaker: Data
    "Then that is what we will do." You look up at her, the whole fragile, improbable height of her. You don't touch her. It seems presumptuous, somehow, with so much still to do. # speaker: Picard
- You tap your combadge. "Picard to Enterprise. Mr. La Forge, I need you down here with an engineering team. Bring hand tools, the kind that work without asking a computer first." # speaker: Picard
"On our way, Captain." Geordi's voice is practically glowing. Then, more soberly: "I'm leaving Porter in charge up here. He's chasing an environmental fault on Deck 16, nothing serious. It's just getting warm down there." # speaker: La Forge
-> pro_deck16

=== pro_aboard ===
The transporter chimes, and the away team is gone, and you are left on the bridge with Worf and Hawk and a handful of officers who keep glancing at you to see how you are taking it. # scene: USS Enterprise, the bridge
You take it sitting down, in the centre chair, with your hands still on the armrests. Below you the night side of the planet turns, dark where in your time there would be cities. # pause
* [Talk with Mr. Hawk]
    Hawk is running diagnostics on the helm that do not need running. You ask him how he is.
    "Honestly, sir? I keep thinking my great-great-something is down there right now, somewhere in Ohio, and doesn't know I exist." He grins, not quite steadily. "If we mess this up, I won't." # speaker: Hawk
    "Then we won't mess it up, Lieutenant." # speaker: Picard
    {
    - pro_vortex.push:
        "No, sir." He glances at you. "Sir, the vortex. Commander Riker said you'd want me to take her in. Was he right?" # speaker: Hawk
        You tell him that he was, and that he flew it better than you could have with those hands. He looks at your hands, which are steady now, and has the grace not to say so.
    - pro_vortex.hawk_flew:
        "No, sir." He glances at you. "Sir, the vortex. Thank you for giving it to me. I won't forget it." # speaker: Hawk
        You are not sure you did him any kindness. You say that he flew it well, because he did.
    - else:
        "No, sir." He glances at you. "Sir, the vortex. The way you flew her in. I'd have given my pension to have had the conn." # speaker: Hawk
        You tell him there will be other days. You find that you very much want it to be true.
    }
* [Sit with the silence]
    You sit very still and listen to the ship. Her engines at station-keeping, the soft traffic of consoles, somebody's boots in the corridor behind the lift.
    {pro_listened >= 1:And under it, faint as a pulse felt through a wall, the murmur. It should have died with the sphere. It is quieter than it was. It is also, somehow, nearer.|Nothing under it. Only a feeling you cannot name, like the moment before you remember you have left something behind.}
- Riker's voice comes up from the surface a quarter of an hour later, thin with distance and excitement. # pause
"Captain, we've found her. The Phoenix is in the silo, damaged but standing. And we met the crew: one woman, with a rifle, who emptied it into Data before we could say hello. Lily Sloane, according to a man in the bar. He says she built half that rocket with her own hands." # speaker: Riker
"Data?" # speaker: Picard
"Data's fine. His uniform isn't. She's in a bad way, though; theta radiation. Beverly wants to bring her up." # speaker: Riker
You think of all the reasons not to, and of a woman dying on a concrete floor while you think of them. "Do it," you say. # speaker: Picard
* (meet) [Meet them in the transporter room]
    You are there when they materialise: Beverly with her hand on the woman's shoulder, and Lily Sloane on the pad, slack and grey-faced in a flight jacket patched at both elbows, her fingers still curled around a grip that isn't there.
    For a moment she comes half awake. Her eyes don't open. She gets a hand around your wrist, hard, and says, "Don't let them near the ship. Zef's ship. Don't let them," and then she is gone again. # speaker: Lily
    "She built half that rocket herself," Beverly says. She is already walking beside the stretcher. "Sickbay, Jean-Luc. You can interrogate her when she can breathe." # speaker: Crusher
    Your wrist aches where Lily Sloane held it. She never saw your face. You find you would have liked her to.
* [Leave her to Beverly and go to engineering]
    You leave the stranger from 2063 to the best doctor you have ever known, and go down to engineering instead.
    {pro_listened >= 1:It is not, if you are honest, because you are needed there. It is because something keeps turning your head toward the lower decks, the way a compass needle turns, and you want to see for yourself that there is nothing there.|It is not, if you are honest, because you are needed there. It is because a captain with nothing to do should go and look at his ship, and because the engine room is where she tells the truth.}
- Geordi is in main engineering with a kit bag over his shoulder and Reg Barclay stuffing tools into another, both of them nearly vibrating at the prospect of putting their hands on the Phoenix. # scene: USS Enterprise, main engineering
"Captain! Riker says she's a beauty, she just needs a new intake and about a thousand hours of work we're going to do in twelve." Geordi hands a padd to Porter without looking at it. "Paul has the engine room. Everything's nominal. Except it's getting warm on Deck 16, and we can't see why." # speaker: La Forge
Then he is gone, and Barclay with him, and engineering is Porter's: a tall tidy man frowning at a number, and Ensign Haddad at his elbow, her sketchbook tucked under her arm as if it were regulation. # pause
-> pro_deck16

=== pro_deck16 ===
{pro_away:
    Porter calls down to the silo an hour later, while you are holding a lamp for Geordi under the Phoenix's belly. # scene: The Phoenix's silo
    "Sorry to pull you away from history, Captain." His voice is polite and a little embarrassed. "Deck 16 environmental. The engineering section down there is at thirty-one degrees and eighty-eight percent humidity, and the control system swears blind it's holding twenty-one and dry." # speaker: Porter
- else:
    Porter brings the number to you himself, on a padd, as if it might behave better in front of the captain.
    "Deck 16 environmental, sir. The engineering section down there is at thirty-one degrees and eighty-eight percent humidity, and the control system swears blind it's holding twenty-one and dry." He taps the padd. "One of them is lying to me." # speaker: Porter
}
"The relay junction's in a Jefferies tube off the section," he goes on. "I'd like to go and look at it myself. Ensign Haddad can run the board." # speaker: Porter
{pro_transit.sketch:You think of the sketchbook under her arm, the core from six angles, and the ensign who draws things so that they will stay.|You think of him telling you seven hours, if the ensign says so, and meaning it.}
{pro_away:Over the channel, faintly, you hear Haddad say that she could go instead, and Porter say no.|At his elbow, Haddad says that she could go instead. Porter says no, and she looks at the floor.}
{
- pro_listened == 0:
    It sounds like what it is: an engineer with a fault, on a ship eleven months out of the yard. New ships have faults.
    {pro_arrival.scan:And yet you think of Data frowning at ops as the shields came down. A discharge consistent with a transporter. Probably an artefact. You turn the word probably over and find you do not like the weight of it.|You wait for some instinct to speak, and none does. There is only a thing Worf said as the shields came down, a flicker on the aft ventral grid, gone before he could name it. Debris, most likely. A flicker and a thermostat. It is not much to go on.}
- pro_listened == 1:
    And there it is. The murmur. It is not in the far room any more, and it is not in your head the way it was over Earth. It is below you. Somewhere down there, in the heat.
    It could be six years of nightmares. You have been wrong about that sound before, at three in the morning, with your hand on the comm and no one to call.
- else:
    You know. Not the way you know a fact; the way you know your own hand is warm. They are on Deck 16. They came across in the moment you had Worf lower the shields, and they have been making the place the way they like it: hot, and wet, and dim.
    "It is nearly ready," the voice says, and there is something in it you had forgotten. It sounds glad to have you back. # speaker: The Collective
}
* (pull) {pro_listened >= 1 || pro_arrival.scan} [Pull everyone off Deck 16. Now]
    ~ pro_warned = true
    "Mr. Porter, you are not going into that tube. Nobody is. I want every member of your staff out of Deck 16's engineering section in the next three minutes, and Mr. Worf's people on its doors." # speaker: Picard
    "Sir, with respect, it's a thermostat." # speaker: Porter
    "Then you will have lost three minutes and I will apologise. Go." # speaker: Picard
    He goes. You hear him on the open channel, calling names; you hear them answer. Eleven people come up the ladderways from the section, and the last two are Porter and Haddad, who got as far as the first junction in the tube with a toolkit and is very sorry about it, sir. # pause
    Four minutes later the section stops reporting. Not an alarm, not a failure: its sensors simply go quiet, all at once, like a room when someone important walks in. There is nobody in it to ask what happened.
    {pro_listened >= 1:Porter looks at the dead board, and then at you, and does not ask how you knew. Haddad doesn't ask either. She already asked, once, in a whisper she thought was quiet; you can see in her face that she has her answer.|"Data's discharge," Porter says slowly, when you tell him why. "Off the sphere. You thought something came across." He looks at the dead board. "Sir, I think you just saved my life with a footnote."}
* (relay) [Let Porter check the relay]
    ~ pro_warned = false
    {pro_listened >= 1:
        You listen to the murmur for a long moment, and you decide that you will not clear a deck of its crew on the strength of a sound that only you can hear. That is what Hayes was afraid of. That is exactly what he meant.
    }
    "Go ahead, Lieutenant," you say. "Take a security officer with you." # speaker: Picard
    Porter says that he will pick one up on the way, and that it is really only a relay, and goes. He checks in once, from inside the tube. It smells like a greenhouse in here, he says, and there is water running on the rungs, and there is a sound, sort of a hum, he'll find it. # pause
    Then he doesn't check in. # pause
    Haddad calls him three times. Then, before anyone can tell her not to, she says that it's only two junctions, she knows the way, and goes in after him. Her combadge stops answering a minute before Worf's team reaches the mouth of the tube.
    They find her sketchbook on the third rung down, open, the pages curling in the damp. Nothing else. Then the section's sensors go quiet, all at once, like a room when someone important walks in.
* (sweep) {pro_listened == 0} [Have Worf sweep Deck 16 first]
    "Wait, Lieutenant. Go down to the mouth of the tube by all means, but nobody goes in until I say." # speaker: Picard
    "Aye, sir." Porter sounds more curious than put out. He goes down to wait at the tube, and Haddad goes with him to carry the toolkit, which nobody asked her to do. # speaker: Porter
    "Mr. Worf, an internal sweep of Deck 16. Everything, not just environmental." # speaker: Picard
    Worf takes ninety seconds over it, which for Worf is a long time. "Nothing aboard that should not be, sir," he says at last. "But the section's sensors have read twenty-one degrees, to the tenth, in every compartment, for forty minutes. Nothing holds that still. Not even the warp core." A pause. "And the flicker, when the shields came down. It was aft ventral. It was that section." # speaker: Worf
    It is a number that is too tidy and a flicker that was probably debris. It is all you are going to get.
    ** [Clear the section on the strength of it]
        ~ pro_warned = true
        "Mr. Porter, bring everyone up. Every member of your staff out of that section, now. Mr. Worf, your people on its doors." # speaker: Picard
        Porter doesn't argue; he has been looking at the same number. Eleven people come up the ladderways, Haddad last, the sketchbook clamped under her arm, complaining that she had only wanted to look. The section stops reporting a minute and a half after the hatch closes behind her.
        Porter looks at the dead board for a long time. "Twenty-one degrees to the tenth," he says. "I'd have called that a good day." He looks at you. "Sir, I think you just saved my life with a footnote." # speaker: Porter
    ** [Send Porter in with an escort]
        ~ pro_warned = false
        It is not enough to clear a section on. You tell yourself so twice. "Take one of Mr. Worf's people in with you, Lieutenant, and leave another at the mouth." # speaker: Picard
        Porter goes in with a security officer behind him. He checks in once: it smells like a greenhouse, he says, there's water on the rungs, and a sort of hum; he'll find it. Then neither of them checks in again. # pause
        Haddad is past the guard at the mouth before he can catch her sleeve. He goes down after her as far as he dares, and comes back up alone and white, holding her sketchbook. He found it on the third rung down, open, the pages curling in the damp. Then the section's sensors go quiet, all at once, like a room when someone important walks in.
- "Captain." Worf, from the bridge, in the voice he keeps for the worst things. "The Deck 16 engineering section is not responding. Internal sensors show nothing. The doors have been sealed from inside." # speaker: Worf
"Seal the deck, Mr. Worf," you say. "Every hatch, every lift, every tube. Nothing comes up off it." # speaker: Picard
"Sealing." # speaker: Worf
{pro_away:
    You look up at the Phoenix, at Geordi's face lit from below by his lamp, at the sky through the open silo doors where your ship is a moving star. "Picard to Riker. Will, the surface is yours. Get her flying." Riker answers from somewhere noisy in the settlement; he does not argue, which tells you how you must sound. "Picard to Enterprise. One to beam up." # speaker: Picard
    The silo goes away in a shimmer, and the bridge forms around you, and it is already warmer than it was when you left. # scene: USS Enterprise, the bridge
- else:
    You are in the turbolift before Worf has finished, and on the bridge before anyone thinks to announce you. It is warmer than it was when you left it. Only a degree. You can feel every tenth of it. # scene: USS Enterprise, the bridge
}
On the master schematic, Deck 16 is a band of amber across the ship's lower hull. As you watch, one compartment at the aft end of it goes from amber to grey. Then the one beside it. Then one that is not engineering's at all.
Sickbay is on Deck 16. You have known it for eleven months; you walked that deck on your first day aboard. But for an hour the trouble has had one shape, a section and a thermostat, engineering's problem, and you let that shape draw the map for you. You have just sealed the whole deck. {pro_away:Beverly is inside it, with the woman from the silo you sent up to her yourself.|{pro_aboard.meet:Beverly is inside it, with the woman who held your wrist on the transporter pad and would not let go.|Beverly is inside it, with a woman from 2063 you have never seen awake.}} # pause
{pro_listened == 2:
    The voice is quiet now. It doesn't need to say anything. It knows you are coming.
}
You reach for the comm. # pause
-> pro_recap

= pro_recap
~ pro_listened = clamp(pro_listened, 0, 2)
The prologue: what you did, and what it cost.
{prologue.pro_bridge.speech:You told the bridge plainly that you were breaking your orders, and sent Starfleet your reasons in a blank field.|You broke your orders with a heading and no explanation, and the bridge took it as trust.} {pro_battle.cover:You put the Enterprise between the Defiant and the cube.|You pulled the Defiant's crew out before she rammed.} # recap
{
- prologue.pro_riker.stand: You told Will Riker the orders stood, and broke them within the quarter hour. He has not mentioned it, which is how he keeps a thing. # recap
- prologue.pro_riker.why: You told Will Riker what Starfleet fears is still in your head, and that you could not swear they were wrong. He is the one man aboard who knows it. # recap
- else: You asked Will Riker what the crew were saying, and learned that Hawk had plotted the course to Earth four times before you gave the order. # recap
}
{
- pro_vortex.push:
    You let the Collective's voice in over Earth, then forced it out at the vortex, on one knee on your own bridge. {pro_listened == 0:It has gone quiet. You do not trust the quiet.|It is quieter. It has not gone.} # recap
- pro_listened == 0:
    You kept the Collective's voice at arm's length. It cost you time, and it left you nothing to lean on. # recap
- pro_listened == 1:
    You let the Collective's voice point the way, and you told no one how you knew. # recap
- else:
    You let the Collective's voice all the way in. Troi has seen it in your face, and it has not gone quiet since. # recap
}
{pro_battle.pro_cube.arms:The Yeager and Captain Rhee died holding the position you gave them, in the minute it took Data to find what you already knew.|Captain Rhee and the Yeager lived through the battle because you did not wait for Data; then the vortex took the whole fleet out of history, and only you remember that he thanked you.} # recap
{pro_vortex.hawk_flew:Lieutenant Hawk flew the Enterprise into the vortex on your order.|You flew the Enterprise into the vortex yourself, and Hawk watched every move you made.} # recap
{pro_arrival.scan:You held fire to learn what the sphere was shooting at, and it fired once more on Montana while you learned. # recap}
{pro_away:You went down to the silo yourself. Lily Sloane has seen your face over the sights of her rifle, and made up her mind about it.|You stayed with the ship and sent Riker to the silo. Lily Sloane has never seen your face{pro_aboard.meet:, though she held your wrist on the transporter pad and asked you to keep them from Zef's ship}.} # recap
{
- pro_warned && pro_deck16.sweep:
    You had Worf read Deck 16 before anyone went in, and cleared its engineers on a number that was too tidy. Porter and Haddad are alive. # recap
- pro_warned:
    You pulled Deck 16's engineers out before anyone went into the tubes. Porter and Haddad are alive, and they have both seen what you can do. # recap
- pro_deck16.sweep:
    Worf's sweep gave you a number that was too tidy, and you sent Porter in anyway. He went into the Jefferies tube on Deck 16, and Haddad went in after him. Neither has answered since. # recap
- else:
    Porter went into the Jefferies tube on Deck 16, and Haddad went in after him. Neither of them has answered since. # recap
}
You sealed Deck 16 with sickbay still inside it. # recap
-> sickbay
