/**
 * `npm run build`, after custom-elements.json: completion data for editors, generated from the
 * manifest so that nothing is written twice.
 *
 *   dist/vscode.html-custom-data.json  VS Code's HTML custom data (setting `html.customData`)
 *   dist/web-types.json                JetBrains web-types (package.json `web-types`; WebStorm and
 *                                      the other JetBrains IDEs read it from node_modules)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `'sms' | 'voice' | null` → ['sms', 'voice']; any non-literal member → [] (free text). */
export function literalValues(typeText = '') {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'null' && member !== 'undefined' && member !== '');
  const values = members.map((member) => member.match(/^'([^']*)'$|^"([^"]*)"$/)).map((m) => m?.[1] ?? m?.[2]);
  return values.every((value) => value !== undefined) ? values : [];
}

export function writeEditorData(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);

  const vscode = {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: [element.summary ?? element.description, eventsText(element)].filter(Boolean).join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
  writeFileSync(path.join(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);

  const webTypes = {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.summary ?? element.description,
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description,
              value:
                values.length > 0 ? { type: 'enum', kind: 'plain', required: true } : { type: 'string', kind: 'plain' },
              ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description,
            })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
          },
        })),
      },
    },
  };
  writeFileSync(path.join(root, 'dist/web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
}

function eventsText(element) {
  const events = (element.events ?? []).map((event) => `- \`${event.name}\`: ${event.description}`);
  return events.length > 0 ? `Events:\n${events.join('\n')}` : '';
}
