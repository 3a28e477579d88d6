=== prologue ===
~ chapter = 0
The prologue is being written. # chapter: Prologue
-> sickbay
