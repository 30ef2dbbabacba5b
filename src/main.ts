import { mount } from 'svelte';
import App from './App.svelte';
import 'virtual:theme.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// index.html shows a plain "Loading…" until the script runs; the app takes its place.
target.replaceChildren();
export default mount(App, { target });
