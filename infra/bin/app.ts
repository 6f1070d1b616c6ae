import { buildWeb } from '@hjemmestotte/web/build';
import { buildApp } from '../src/app.ts';

// The distribution deploys the web app as it is in the tree: build it first, then synthesize.
await buildWeb();
buildApp().app.synth();
