/**
 * `npm run export -- [--data FILE] [--lang en|lv] [--background light|dark|transparent] [--theme light|dark] [--size 1920x1080] [--scale 1|2] [--emblem] [--out DIR] [--help]`
 *
 * Writes every chart as SVG and PNG, and the PowerPoint deck (scripts/exportCharts.ts), a line
 * on standard output for each file; problems on standard error and exit code 1.
 */
import { exportCharts } from './exportCharts';
import { processTerminal } from './terminal';

process.exitCode = await exportCharts(process.argv.slice(2), processTerminal);
