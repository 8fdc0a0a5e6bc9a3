export * from '../llm/fake-mistral-server.js';
