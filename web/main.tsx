import { render } from 'preact';
import { App } from './routes.js';
import './style.css';

render(<App />, document.getElementById('app')!);
