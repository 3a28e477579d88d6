=== entry_sickbay ===
-> sickbay

=== sickbay ===
~ chapter = 1
Chapter one is being written. # chapter: Chapter One
-> holodeck
