// The prologue. Player: Captain Jean-Luc Picard.
// The Romulan border, the battle over Earth, the vortex, April 2063,
// and the first heat on Deck 16. Sets pro_listened (0..2), pro_away, pro_warned.
// Names: pro_ knots. Ends with a recap and -> sickbay.

=== prologue ===
~ chapter = 0
The fleet is dying in your ready room, one voice at a time. # chapter: Prologue — The Hum # scene: USS Enterprise, the Romulan Neutral Zone
A single Borg cube is tearing through Starfleet's line, and every ship's last words come in on the open channel, all the way out here to the Romulan border.
You are Jean-Luc Picard, captain of the Enterprise. Six years ago the Borg took you and made you one of them, their machinery in your skull and their voice in your mouth, until your own crew cut you loose. That is why Admiral Hayes keeps you out here. # pause
Under the channel a crowd in a far room murmurs. It is not coming from the speaker.
* [Shut the channel off]
    You close it. The murmur thins, and you stand outside it like a man outside a door he has decided not to open.
* [Listen to the ships]
    You make yourself hear each ship go silent. If they can die out there, you can know their names.
* [Listen under the ships]
    ~ pro_listened = 1
    You let the channel blur into hiss, and the crowd becomes a single voice made of very many. It is counting.
    "The Endeavour next. Her forward shield generator is damaged. She will turn to port to protect it." # speaker: The Collective
    A breath later, on the channel, the Endeavour turns to port. You heard it first. The old place under your right ear, where the implant went in, aches like weather.
- The door chimes. # pause
-> pro_riker

= pro_riker
Will Riker does not sit. "The cube's broken the line at Typhon, sir. It's heading for Earth." # speaker: Riker
* (stand) [Tell him the orders stand]
    "We were given a border to watch, Number One." # speaker: Picard
    "Hayes isn't afraid of the Romulans, sir. He's afraid of you." # speaker: Riker
    It is unfair and true, and you are standing up.
* (why) [Tell him why Starfleet sent you here]
    "They think that the moment I see a cube I'll start thinking like a drone, Will. I can't swear to them that they're wrong." # speaker: Picard
    Riker looks at you a long moment. "Then swear it to me later," he says. "After." # speaker: Riker
* (crew) [Ask him what the crew are saying]
    "Honestly? Hawk has plotted a course to Earth four times this watch and deleted it four times. And the quartermaster's taking bets on how long you'll last in here." # speaker: Riker
    It is Riker handing you a reason to get out of the chair, and you take it.
- {prologue.pro_riker.stand:"Bridge," you say, and Riker, who was told a minute ago that the orders stood, holds the door for you without a word.|"Bridge," you say. "Now."} # pause
-> pro_bridge

= pro_bridge
The bridge waits for you.
* (speech) [Tell them you are about to disobey Starfleet]
    You tell them plainly: Starfleet ordered this ship away from the fight, you are taking her into it, and the inquiry will have your name on it and nobody else's.
    Data reports that the form for leaving a patrol has no field for the captain's reasons. "Leave it blank," you tell him. "They will know what goes there." Hawk laughs out loud, and the bridge comes back to life around the sound.
* (heading) [Give Mr. Hawk a heading and nothing more]
    "Mr. Hawk. Earth. Don't spare her." # speaker: Picard
    Nobody breathes. Then Riker sounds battle stations himself, which makes it an order from both of you.
- {heading:"Aye, sir." Hawk's hands are already moving.|"Mr. Hawk," you say, and he turns to the conn as if he has been waiting all day. {prologue.pro_riker.crew:"Fifth time this watch, sir," he says. "I kept this one."|"Plotted since the second watch, sir," he says. "In case."}} # speaker: Hawk
The stars stretch into lines. # pause
-> pro_transit

=== pro_transit ===
You spend the transit in main engineering, where there is work to watch and nobody watching you. # scene: USS Enterprise, main engineering
"Ensign Yusra Haddad, sir," says Lieutenant Porter, La Forge's second. "Three weeks aboard." Haddad has a paper sketchbook under her elbow. # speaker: Porter
* (sketch) [Ask Haddad what she has been working on]
    She shows you the sketchbook before she can think better of it: the warp core in soft pencil from six angles. "I draw things so I'll understand them, sir. It's slower. But it stays." # speaker: Haddad
* (hold) [Ask Porter how the ship will hold]
    "Six hours at this speed before I want to look at the coils, sir," Porter says. Haddad says, "Seven," and looks appalled at herself. Porter only nods. "Seven, if the ensign says so. She's usually right." # speaker: Porter
- Leaving, you hear Haddad whisper to Porter: was the captain one of them once? # pause
-> pro_battle

=== pro_battle ===
Out of warp: wreckage, the cube, and Earth. # scene: Sector 001, above Earth
"The Defiant has lost her shields and her guns, sir. Worf is setting a collision course." # speaker: Data
* (cover) [Put the Enterprise between the Defiant and the cube]
    "Hawk, get us in front of her. Everything to the forward shields." # speaker: Picard
    The cube's beam finds your shields instead of Worf's hull, and the bridge lurches, and in the space you have bought, the Defiant's crew beam aboard, singed and alive.
* (beam) [Beam the Defiant's crew out before they ram]
    "Transporter room, every life sign aboard the Defiant. Now." # speaker: Picard
    They come aboard singed and coughing, and the empty Defiant goes on alone until the cube cuts her engines out from under her. She does not ram anything. She simply stops.
- Worf reaches the bridge still smelling of his ship's fires.
{pro_battle.cover:"Captain. You placed the flagship in the line of fire to save a ship that was already lost." # speaker: Worf|"Captain. The Defiant had one weapon left. She was it." # speaker: Worf}
{pro_battle.cover:"I placed it where my officers were, Mr. Worf. Tactical is yours, if you want it." # speaker: Picard|"I needed her crew more than I needed her last act, Mr. Worf. Tactical is yours, if you want it." # speaker: Picard}
He takes it. # pause
-> pro_cube

= pro_cube
"Hayes's flagship is gone, sir," Worf says. # speaker: Worf
"Is anyone running this?" asks Rhee of the Yeager, who once talked orchids with you for an hour. # speaker: Rhee
You run it. The Yeager is to hold the cube's lower face. Nine captains obey. # pause
The cube heals as fast as they hurt it. The murmur is close, offering.
"Aft of the leading face. Two thousand metres in. It is where you remember it." # speaker: The Collective
* (arms) [Ask Data for a structural analysis]
    "Data, find where the regeneration originates." # speaker: Picard
    You hold the voice off while he works: a minute and twelve seconds. In that minute the cube turns on the Yeager, and she holds her position because you told her to, and is gone. # pause
    "There, sir," Data says. "A power distribution node, deep in the aft section." You knew it a minute and twelve seconds ago. # speaker: Data
* (point) [Let the voice point]
    ~ pro_listened = pro_listened + 1
    You stop pushing back. It is so easy, like remembering a room in the house you grew up in. You key the numbers into Worf's board with your own fingers. Data looks up from ops, once, and says nothing.
* (further) [Go further in: ask it what it wants]
    ~ pro_listened = 2
    You speak back. The murmur becomes a vast calm in which everything is clear: the node, the fleet laid out like pieces on a board, and a small hard shape sleeping in the cube's heart, waiting for the cube to die. What it wants, it tells you without words, is what it has always wanted, somewhere else. # speaker: The Collective
    "Captain." Troi's hand is on your arm. "Captain, you said 'we'." # speaker: Troi
    {prologue.pro_riker.why:Across the bridge Riker has heard it too. You watch him remember the ready room, and what you could not swear to.}
- "All ships, into that one place." # speaker: Picard
The fleet fires together until the cube comes apart in silence. # pause
{not pro_battle.pro_cube.arms:"Yeager here," Rhee says. "Thank you for not making us wait." # speaker: Rhee}
{pro_battle.pro_cube.further:You know what is sleeping in the wreckage.|{pro_battle.pro_cube.point:Something in you has not stopped listening.|You are looking for the Yeager, and she is not there.}}
-> pro_vortex

=== pro_vortex ===
"A sphere has opened a temporal vortex, sir," Data says. # speaker: Data
"Not where," you say. "When?" # speaker: Picard
{pro_listened >= 1:The voice has an answer ready.}
* [Ask Data to read the vortex]
    {pro_listened == 2:
        The voice answers before he can: "Back. To the morning of one small flight that will not now be made." # speaker: The Collective
        "Between two and four centuries, sir," Data says. You say "three," quietly, and he turns to look at you. # speaker: Data
    - else:
        "Between two and four centuries, sir. I cannot be more exact from outside it." # speaker: Data
    }
* (listen) {pro_listened < 2} [Listen for where it has gone]
    ~ pro_listened = pro_listened + 1
    "Back. To the morning of one small flight that will not now be made." # speaker: The Collective
    "Three centuries," you say aloud, and Data says, mildly, that the signature is consistent with that. Troi does not look away from your face. # speaker: Picard
* (push) {pro_listened >= 1} [Force the voice out of your head]
    ~ pro_listened = pro_listened - 1
    You take hold of the whole patient weight of it and push. It does not fight; it is only heavier than the ship, and the deck comes up to meet your knee. # pause
    When the bridge comes back Will is standing over you, wide enough that nobody can see your face. {prologue.pro_riker.why:He knows what he is hiding from them; you told him yourself, in the ready room.} The murmur is thinner, not gone.
- The sphere goes in. "Sir," Hawk says. "The planet." # speaker: Hawk
Earth is grey, webbed with metal. The fleet{not pro_battle.pro_cube.arms:, the Yeager and her mild captain with it,} is gone: not even wreckage. # pause
{pro_listened >= 1:The murmur is coming up from the whole planet now.}
"We go after them," you say. # speaker: Picard
{pro_vortex.push:Your hands are still shaking, and everyone has seen it.}
* (hawk_flew) [Order Hawk to take her in]
    "Take us in, Mr. Hawk." He wipes his hands once and flies her into a hole in time. # speaker: Picard
* {not pro_vortex.push} [Take the conn yourself]
    You take the conn from Hawk, because if it goes wrong you want it to be your hands. He watches every move you make.
- The light closes over the bow. # pause
-> pro_arrival

=== pro_arrival ===
Earth, blue again. # scene: Earth orbit, the twenty-first century
"The sphere is firing on the surface, sir," Worf says. # speaker: Worf
* (fire) [Fire on it now]
    "Everything forward, Mr. Worf. It does not fire a third time." The sphere bursts like a seed pod and falls to burn over the Great Plains. # speaker: Picard
* (scan) [Scan it first: learn what it's aiming at]
    "Data, what is it shooting at?" The sphere fires a third time while he reads. "A missile complex, sir. Or what was one." Then Worf breaks it apart, and Data goes on watching the debris. # speaker: Picard
- "Lower the shields for the transporters, Mr. Worf." # speaker: Picard # pause
{pro_listened >= 1:As they go, the hum in your head catches, like a breath drawn in.}
"A flicker on the aft ventral grid as they dropped, sir. Debris." # speaker: Worf
{pro_arrival.scan:"And a discharge from the wreckage at the same moment," Data says. "Consistent with a transporter. Probably an artefact." You let him say probably. You should not have.}
"April the fourth, 2063, sir," Data says. "Central Montana." # speaker: Data
{pro_listened == 2:You knew it before he spoke.}
"Cochrane," Hawk breathes. # speaker: Hawk
Tomorrow Zefram Cochrane flies the Phoenix, Earth's first warp ship, and a Vulcan crew passing through the solar system sees it and comes down to meet him. Everything you know starts there: the Federation, this ship, you. That is the morning the Borg came back to take. # pause
* [Lead the away team yourself]
    ~ pro_away = true
    "I'm going down. Beverly, Data, Deanna, Number One, with me. Mr. Worf has the bridge." # speaker: Picard
    You have wanted to see the Phoenix since you were nine. {pro_listened >= 1:And you do not want to be alone in the ship with what you have been listening to.|And after a day of holding something at arm's length, you would like one hour on the ground.}
* [Send Will down and stay with the ship]
    ~ pro_away = false
    "Number One, take Data, Deanna and Dr. Crusher. Find the Phoenix. Find Cochrane." # speaker: Picard
    You have wanted to see that ship since you were nine. {pro_listened >= 1:But the murmur did not die with the sphere, and you would like to know why.|{pro_arrival.scan:But Data's word keeps coming back to you, consistent with a transporter.|But someone who knows what the Borg smell like should be aboard.}}
- -> pro_split

= pro_split
{pro_away:
    -> pro_surface
- else:
    -> pro_aboard
}

=== pro_surface ===
The transporter lets go of you in cold air that smells of ash and diesel. # scene: The missile complex, central Montana
Half the settlement is burning; the other half is lit by it. The wounded sit in the road outside a bar with its windows blown in. Deanna and Riker go into the smoke to find Cochrane.
"Theta radiation," Beverly says, and the hypospray hisses cold at your neck. "Every breath down here costs something." # speaker: Crusher
* [Kneel by the wounded man near the bar]
    A man with a burned arm asks whether the war has come back. "It was one ship," you tell him, "and it has gone." Beverly has the arm dressed before you stand. "Nice manners," he says to nobody. "Haven't seen manners since fifty-three."
* [Go straight for the silo with Data]
    "Data, with me." You know what Beverly's face is doing without looking, and you keep walking.
- In a concrete well forty metres deep stands a missile built to end the world and rebuilt to do the opposite, with a half-eaten sandwich on her gantry. # pause
Something moves on the catwalk opposite.
* (open) [Step into the light with your hands open]
    You step out with your hands open. A woman comes up off the catwalk with an old automatic rifle and fires before you finish the sentence, and Data is in front of you, the rounds falling flat off his chest like gravel.
    Over his shoulder, she and you look straight at each other. She has not decided whether open hands make you harmless or worse.
* (behind) [Let Data go first]
    You nod Data out onto the concrete. A woman comes up off the catwalk with an old automatic rifle and empties it into him; the rounds fall like gravel. She looks past him at you, the man safe in the shadow while the other one takes the bullets, and decides exactly what she thinks of you.
- Data takes the empty rifle out of her hands, gently. She is in her thirties, in a flight jacket patched at both elbows, grey with the air. "Coalition? The Coalition never had anything like him." # speaker: Lily
* [Tell her who you are]
    "Jean-Luc Picard. We came to help." # speaker: Picard
    "The Coalition came to help, in fifty-three. Lily Sloane. That's my rocket you're under, Mr. Picard." # speaker: Lily
* [Ask her where Zefram Cochrane is]
    "Is Zefram Cochrane alive?" # speaker: Picard
    "If he's alive he's drunk. Lily Sloane. I build it while he drinks to it." # speaker: Lily
- Then her knees go, and Data catches her. Beverly is down the ladder in thirty seconds: theta radiation and shock. "She needs sickbay, Jean-Luc. Now." You nod, and Beverly and Lily Sloane are gone in a column of light. # speaker: Crusher # pause
* [Climb up to the cockpit]
    Three taped seats, a bottle by the pilot's couch, labels written on strips of tape in two hands, one tidy, one not. You built a model of this ship as a boy, and never once wondered who labelled the switches. "The tidy hand matches the fuel log," Data says. "Ms. Sloane's." # speaker: Data
* [Walk the length of her with Data]
    Cracked coolant lines, a scorched intake, a panel somebody has been fixing with a fork. "Repairable," Data says. "Not by her crew. By ours, perhaps." You do not touch her. It seems presumptuous, with so much still to do. # speaker: Data
- "Picard to Enterprise. Mr. La Forge, bring an engineering team and hand tools." # speaker: Picard
"On our way, Captain. I'm leaving Porter in charge; he's chasing an environmental fault on Deck 16. It's just getting warm down there." # speaker: La Forge
-> pro_deck16

=== pro_aboard ===
The away team is gone, and you are left in the centre chair with Worf, and Hawk, and the night side of a planet with no cities on it. # scene: USS Enterprise, the bridge
* [Talk with Mr. Hawk]
    Hawk says his great-great-something is down there in Ohio right now and doesn't know he exists. # speaker: Hawk
    {
    - pro_vortex.push:
        "Sir, the vortex. Was I right to take her in like that?" # speaker: Hawk
        You tell him that he was, and that he flew it better than you could have with those hands.
    - pro_vortex.hawk_flew:
        "Sir, the vortex. Thank you for giving it to me. I won't forget it." # speaker: Hawk
        You say that he flew it well, because he did.
    - else:
        "Sir, the way you flew her in. I'd have given my pension for the conn." # speaker: Hawk
        You tell him there will be other days, and find you want it to be true.
    }
* [Sit with the silence]
    You listen to the ship at station-keeping. {pro_listened >= 1:Under it, faint as a pulse through a wall, the murmur. It should have died with the sphere. It is quieter, and somehow nearer.|Nothing under it. Only the feeling of having left something behind.}
- Riker calls up. "The Phoenix is standing. Her builder, Lily Sloane, emptied a rifle into Data, and she's got theta radiation poisoning. Beverly wants her up here." # speaker: Riker
"Do it," you say. # speaker: Picard # pause
* (meet) [Meet them in the transporter room]
    Lily Sloane comes half awake on the pad, grey-faced, eyes shut, and gets a hand around your wrist, hard. "Don't let them near Zef's ship. Don't let them." Then she is gone again, and Beverly takes her to sickbay. She never saw your face. # speaker: Lily
* [Leave her to Beverly and go to engineering]
    You leave her to the best doctor you know and go down to engineering. {pro_listened >= 1:Something keeps turning your head toward the lower decks, like a compass needle.|A captain with nothing to do should go and look at his ship.}
- In main engineering La Forge is packing tools for the Phoenix. "Lieutenant Porter has the engine room," he says. "It's just getting warm on Deck 16." # scene: USS Enterprise, main engineering # speaker: La Forge # pause
-> pro_deck16

=== pro_deck16 ===
{pro_away:
    Porter calls down to the silo an hour later. # scene: The Phoenix's silo
    "The Deck 16 engineering section's at thirty-one degrees and wet, Captain. The control system swears it's twenty-one and dry." # speaker: Porter
- else:
    Porter brings you a padd. "The Deck 16 engineering section's at thirty-one degrees and wet, sir. The control system swears it's twenty-one and dry." # speaker: Porter
}
"I'll check the relay in the tube myself," Porter says. # speaker: Porter
{pro_transit.sketch:You think of Haddad's sketchbook, and things drawn so that they will stay.|You think of him saying seven hours, if the ensign says so.}
{pro_away:Over the channel you hear Haddad offer to go instead, and Porter say no.|Haddad offers to go instead. Porter says no.}
{
- pro_listened == 0:
    New ships have faults. {pro_arrival.scan:And yet: a discharge consistent with a transporter. Probably an artefact. You do not like the weight of the word probably.|There is only Worf's flicker on the aft ventral grid, gone before he could name it. A flicker and a thermostat.}
- pro_listened == 1:
    And there is the murmur. Not in your head now: below you, somewhere in the heat. It could be six years of nightmares.
- else:
    You know. They came across when you had Worf lower the shields, and they have been making Deck 16 the way they like it: hot, wet, dim.
    "It is nearly ready," the voice says. It sounds glad to have you back. # speaker: The Collective
}
* (pull) {pro_listened >= 1 || pro_arrival.scan} [Pull everyone off Deck 16. Now]
    ~ pro_warned = true
    "Nobody goes into that tube, Mr. Porter. Every one of your staff out of the section in three minutes. If it's a thermostat, I will apologise." # speaker: Picard
    {pro_away:Eleven people come up the ladderways, the last two Porter and Haddad.|Eleven people come up the ladderways from Deck 16, and Porter counts them off at the top with Haddad beside him.} Four minutes later the section's sensors go quiet, all at once, like a room when someone important walks in. # pause
    {pro_listened >= 1:{pro_away:On the channel Porter is quiet a moment. "I won't ask how you knew, sir," he says, and Haddad, beside him, does not ask either.|Porter looks at the dead board, and then at you, and does not ask how you knew. Haddad already asked, once; her face says she has her answer.}|When Porter asks, you tell him why: a discharge in Data's scan of the wreckage, probably an artefact. "Probably," Porter says slowly. "Sir, I think you just saved my life with a footnote."}
* (relay) [Let Porter check the relay]
    ~ pro_warned = false
    {pro_listened >= 1:
        You will not clear a deck on the strength of a sound only you can hear. That is exactly what Hayes was afraid of.
    }
    "Go ahead, Lieutenant. Take a security officer." # speaker: Picard
    Porter checks in once from the tube: it smells like a greenhouse, water on the rungs, a sort of hum. Then he doesn't check in. # pause
    Haddad goes in after him before anyone can stop her. They find her sketchbook on the third rung down, the pages curling in the damp. Then the section's sensors go quiet, all at once.
* (sweep) {pro_listened == 0} [Have Worf sweep Deck 16 first]
    "Wait at the mouth of the tube, Lieutenant. Mr. Worf, sweep Deck 16." Porter goes down to wait, and Haddad goes with him. # speaker: Picard
    "Nothing aboard that should not be, sir," Worf says at last. "But the section has read twenty-one degrees to the tenth in every compartment for forty minutes. Nothing holds that still. And the flicker was aft ventral. That section." # speaker: Worf
    ** [Clear the section on the strength of it]
        ~ pro_warned = true
        "Mr. Porter, bring everyone up." Eleven people come up the ladderways, Haddad last, the sketchbook under her arm. The section goes quiet a minute and a half later. "Twenty-one to the tenth," Porter says. "Sir, I think you just saved my life with a footnote." # speaker: Porter
    ** [Send Porter in with an escort]
        ~ pro_warned = false
        It is not enough to clear a section on. Porter goes in with a security officer; he checks in once, about the heat and a hum, and then neither of them does. # pause
        Haddad is past the guard at the mouth before he can catch her sleeve. He comes back up alone, holding her sketchbook; it was on the third rung down, the pages curling in the damp. Then the section's sensors go quiet, all at once.
- "The Deck 16 section is sealed from inside, Captain," Worf says. # speaker: Worf
"Seal the whole deck, Mr. Worf. Nothing comes up." # speaker: Picard
{pro_away:
    "Will, get her flying." You leave Riker in the silo with the rocket. "Picard to Enterprise: one to beam up." # speaker: Picard
    The transporter lets you go into a bridge a degree warmer than you left it. # scene: USS Enterprise, the bridge
- else:
    You reach the bridge. It is a degree warmer. # scene: USS Enterprise, the bridge
}
Deck 16 goes grey on the schematic. Sickbay is on it. You thought the trouble was engineering's, and you have sealed the whole deck. {pro_away:Beverly is inside it, with the woman from the silo you sent up to her yourself.|{pro_aboard.meet:Beverly is inside it, with the woman who held your wrist on the transporter pad and would not let go.|Beverly is inside it, with a woman from 2063 you have never seen awake.}} # pause
{pro_listened == 2:
    The voice says nothing. It knows you are coming.
}
You reach for the comm. # pause
-> pro_recap

= pro_recap
~ pro_listened = clamp(pro_listened, 0, 2)
The prologue.
{prologue.pro_bridge.speech:You told the bridge you were breaking your orders, and left Starfleet a blank field for your reasons.|You broke your orders with a heading and no explanation.} {pro_battle.cover:You put the Enterprise between the Defiant and the cube.|You pulled the Defiant's crew out before she rammed.} # recap
{
- prologue.pro_riker.stand: You told Riker the orders stood, and broke them within the quarter hour. # recap
- prologue.pro_riker.why: You told Riker you could not swear Starfleet was wrong about you. He is the one man aboard who knows it. # recap
- else: Riker told you Hawk had plotted the course to Earth four times before you gave it. # recap
}
{
- pro_vortex.push:
    You let the voice in over Earth, then forced it out on one knee on your own bridge. {pro_listened == 0:It has gone quiet. You do not trust the quiet.|It has not gone.} # recap
- pro_listened == 0:
    You kept the Collective's voice at arm's length. # recap
- pro_listened == 1 && (pro_battle.pro_cube.point || pro_vortex.listen):
    You listened to the Collective's voice once over Earth, and used what it told you. # recap
- pro_listened == 1:
    You listened under the fleet's last channel once, and heard a ship's turn before she made it. Over Earth you kept the voice out. # recap
- pro_battle.pro_cube.further:
    You let the Collective's voice all the way in, and you did not hide it as well as you think. # recap
- else:
    You listened to the Collective's voice more than once and took what it gave you, and you did not hide it as well as you think. # recap
}
{pro_battle.pro_cube.arms:The Yeager and Rhee died holding the position you gave them while Data searched.|Rhee lived through the battle and thanked you; then the vortex erased the fleet.} # recap
{pro_vortex.hawk_flew:Hawk flew the Enterprise into the vortex.|You flew the vortex yourself, and Hawk watched.} # recap
{pro_arrival.scan:You held fire to learn the sphere's target, and it fired once more on Montana. # recap}
{pro_away:You went to the silo. Lily Sloane has seen your face{pro_surface.behind:, behind the android she emptied her rifle into| over her rifle's sights}.|You stayed aboard. Lily Sloane has never seen your face{pro_aboard.meet:, though she held your wrist on the pad}.} # recap
{
- pro_warned && pro_deck16.sweep:
    Worf's sweep found a number too tidy, and you cleared Deck 16's engineers on it. Porter and Haddad are alive. # recap
- pro_warned:
    You pulled Deck 16's engineers out before anyone went into the tubes. Porter and Haddad are alive. # recap
- pro_deck16.sweep:
    Worf's sweep found a number too tidy, and you sent Porter in anyway. Haddad went in after him. Neither has answered since. # recap
- else:
    Porter went into the Jefferies tube on Deck 16, and Haddad went in after him. Neither has answered since. # recap
}
You sealed Deck 16, sickbay and all. # recap
-> sickbay
