/**
 * The built CLI's entry (dist/cli.js, which bin/first-contact.js loads):
 * runs the command line of this process. Kept apart from main.ts so that the
 * command line can also be run over other streams without starting one.
 */
import { main } from "./main.js";

void main();
