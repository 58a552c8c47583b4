import { describe, expect, it } from 'vitest';
import { original, withEdit } from '../rules/edition-folder.ts';
import { checkEditionTexts, editionData } from '../../../src/build/edition-check.ts';

const parsed = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [name, JSON.parse(text)]));

describe('edition data check', () => {
  it('accepts the committed edition files', () => {
    expect(checkEditionTexts(original)).toEqual([]);
  });

  it('stops the server entry and the build with every file and field that is wrong, not a cast', () => {
    const files = parsed(withEdit('2021-07.json', (e) => (e.rules.fee.standardRate = '3%')));
    expect(() => editionData(files)).toThrow(
      'content/editions/2021-07.json: rules.fee.standardRate: Invalid input: expected number, received string',
    );
    expect(editionData(parsed(original)).editions['2021-07'].rules.fee.standardRate).toBeTypeOf('number');
  });

  it('names the file and field of a status name with no Japanese text', () => {
    const problems = checkEditionTexts(
      withEdit('2021-07.json', (e) => delete e.wording.statuses['cosell-ready'].name.ja),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/editions\/2021-07\.json: wording\.statuses\.cosell-ready\.name\.ja: .*expected string/,
    );
  });

  it('names the field of a threshold written as text', () => {
    const at = JSON.parse(original['2021-03.json']).rules.requirements.findIndex(
      (r: any) => r.id === 'ipci.r1-revenue',
    );
    const problems = checkEditionTexts(
      withEdit('2021-03.json', (e) => (e.rules.requirements[at].rule.thresholdUsd = '100000')),
    );
    const field = new RegExp(
      `^content/editions/2021-03\\.json: rules\\.requirements\\.${at}\\.rule\\.thresholdUsd: .*number`,
    );
    expect(problems).toEqual([expect.stringMatching(field)]);
  });

  it('rejects a reduced rate above the standard rate', () => {
    const problems = checkEditionTexts(withEdit('2021-03.json', (e) => (e.rules.fee.reducedRate = 0.3)));
    expect(problems).toEqual([
      'content/editions/2021-03.json: rules.fee.reducedRate: reducedRate must not exceed standardRate',
    ]);
  });

  it('rejects an unknown offer type in a list', () => {
    const { requirements } = JSON.parse(original['2023-07.json']).rules;
    const at = requirements.findIndex((r: any) => r.rule.kind === 'offer-type');
    const added = requirements[at].rule.offerTypes.length;
    const problems = checkEditionTexts(
      withEdit('2023-07.json', (e) => e.rules.requirements[at].rule.offerTypes.push('teams-app')),
    );
    expect(problems[0]).toMatch(
      new RegExp(`^content/editions/2023-07\\.json: rules\\.requirements\\.${at}\\.rule\\.offerTypes\\.${added}: `),
    );
  });

  it('rejects a field the schema does not know', () => {
    const problems = checkEditionTexts(withEdit('2021-10.json', (e) => (e.rules.fee.standardFee = 0.03)));
    expect(problems[0]).toMatch(/^content\/editions\/2021-10\.json: rules\.fee: .*standardFee/);
  });

  it('rejects a citation key that citations.json does not define', () => {
    const problems = checkEditionTexts(withEdit('2021-03.json', (e) => (e.rules.requirements[1].sources = ['S-99'])));
    expect(problems).toEqual([
      'content/editions/2021-03.json: rules.requirements.1.sources.0: S-99 is not defined in citations.json',
    ]);
  });

  it('rejects an ambiguity key that ambiguities.json does not define', () => {
    const problems = checkEditionTexts(withEdit('2021-07.json', (e) => (e.wording.fee.ambiguities = ['A42'])));
    expect(problems).toEqual([
      'content/editions/2021-07.json: wording.fee.ambiguities.0: A42 is not defined in ambiguities.json',
    ]);
  });

  it('rejects a requirement with no label anywhere', () => {
    const added = JSON.parse(original['2021-03.json']).rules.requirements.length;
    const problems = checkEditionTexts(
      withEdit('2021-03.json', (e) => e.rules.requirements.push({ ...e.rules.requirements[1], id: 'csr.new-thing' })),
    );
    expect(problems).toContain(
      `content/editions/2021-03.json: rules.requirements.${added}.id: "csr.new-thing" has no label in requirements.json or of its own`,
    );
  });

  it('rejects an edition whose id does not match its file name', () => {
    const problems = checkEditionTexts(withEdit('2021-10.json', (e) => (e.rules.id = '2021-07')));
    expect(problems).toEqual([
      'content/editions/2021-10.json: rules.id: is "2021-07" but the file is named 2021-10.json',
    ]);
  });

  it('rejects a status that could be reached with no requirement of its own', () => {
    const problems = checkEditionTexts(
      withEdit(
        '2021-03.json',
        (e) =>
          (e.rules.requirements = e.rules.requirements.filter(
            (r: { status: string }) => r.status !== 'bizapps-cosell',
          )),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/editions\/2021-03\.json: rules\.statuses\.3\.id: "bizapps-cosell" needs a requirement for every offer/,
      ),
    ]);
  });

  it('reports a file that is not JSON, and a missing file', () => {
    const files: Record<string, string> = { ...original, 'texts.json': '{ "offerTypes": ' };
    delete files['ambiguities.json'];
    const problems = checkEditionTexts(files);
    expect(problems).toContain('content/editions/ambiguities.json: (whole file): is missing');
    expect(
      problems.find((p) => p.startsWith('content/editions/texts.json: (whole file): is not valid JSON')),
    ).toBeDefined();
  });

  describe('texts whose {placeholders} could not be filled', () => {
    it('names an unknown placeholder in a phrase of texts.json (it would throw in the calculator)', () => {
      const problems = checkEditionTexts(
        withEdit('texts.json', (t) => (t.phrases.answeredYes.en = 'You answered yes {oops}.')),
      );
      expect(problems).toEqual([
        expect.stringMatching(/^content\/editions\/texts\.json: phrases\.answeredYes\.en: \{oops\} is not a value/),
      ]);
    });

    it('names a misspelled placeholder in a condition of requirements.json, and in an edition of its own', () => {
      const misspell = (text: string) => text.replace('{threshold}', '{threshhold}');
      const problems = checkEditionTexts(
        withEdit(
          'requirements.json',
          (c) => (c['ipci.r1-revenue'].condition.en = misspell(c['ipci.r1-revenue'].condition.en)),
        ),
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/editions\/requirements\.json: ipci\.r1-revenue\.condition\.en: \{threshhold\} .*\{threshold\}/,
        ),
      ]);
      const at = JSON.parse(original['2021-03.json']).rules.requirements.findIndex(
        (r: any) => r.id === 'ipci.r1-revenue',
      );
      const own = checkEditionTexts(
        withEdit(
          '2021-03.json',
          (e) => (e.rules.requirements[at].condition.ja = misspell(e.rules.requirements[at].condition.ja)),
        ),
      );
      expect(own).toEqual([
        expect.stringMatching(
          new RegExp(
            `^content/editions/2021-03\\.json: rules\\.requirements\\.${at}\\.condition\\.ja: \\{threshhold\\}`,
          ),
        ),
      ]);
    });

    it('names a placeholder where nothing fills it (a label, a caveat)', () => {
      const problems = checkEditionTexts(
        withEdit('2021-07.json', (e) => (e.wording.fee.condition.en += ' {threshold}')),
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/editions\/2021-07\.json: wording\.fee\.condition\.en: \{threshold\} .*takes none/,
        ),
      ]);
    });
  });

  describe('rules that contradict themselves', () => {
    it('rejects documentation dates that run backwards', () => {
      const problems = checkEditionTexts(
        withEdit('2021-10.json', (e) => (e.docs.docDates = { from: '2029-01-01', to: '2020-01-01' })),
      );
      expect(problems).toEqual(['content/editions/2021-10.json: docs.docDates.from: must not be after docDates.to']);
    });

    it('rejects a CSP incentive rate that no status earns', () => {
      const problems = checkEditionTexts(withEdit('2021-07.json', (e) => (e.rules.benefits.cspIncentive.rate = 0.1)));
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/editions\/2021-07\.json: rules\.benefits\.cspIncentive\.statuses: a rate needs/,
        ),
      ]);
    });

    it('rejects a reduced fee for an offer type that cannot transact', () => {
      const problems = checkEditionTexts(
        withEdit('2021-03.json', (e) => e.rules.fee.reducedForAzureIp.push('azure-container')),
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/editions\/2021-03\.json: rules\.fee\.reducedForAzureIp\.3: "azure-container" is not in transactableOfferTypes/,
        ),
      ]);
    });
  });
});
