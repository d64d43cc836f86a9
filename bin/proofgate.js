#!/usr/bin/env node
// Runs the committed bundle, so a fresh clone works after `npm ci` without a build step.
import '../dist/cli.js';
