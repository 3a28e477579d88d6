=== entry_holodeck ===
-> holodeck

=== holodeck ===
~ chapter = 2
Chapter two is being written. # chapter: Chapter Two
-> to_be_continued
