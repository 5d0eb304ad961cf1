import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { pdfFontNames, pdfLines } from '../support/pdf-text.ts';
import { makePupil } from './support.ts';

describeEachEngine('the chronology PDF prints every name as written', (h) => {
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });

  test('Polish, Romanian, Croatian, Turkish, Lithuanian, Cyrillic and Greek names read back intact', async () => {
    const schoolId = await h().createSchool();
    const dsl = await h().as(schoolId, ['dsl'], { name: 'Ayşe Yılmaz' });
    const pupilId = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Łucja',
      legalLastName: 'Wiśniewska',
      preferredName: null,
    });
    const notes = [
      'Łucja said her cousins Ştefan Ćosić and Țară Șerban walk her home.',
      'Mother, Наталья Іваненко, and Žydrūnė Ąžuolaitė from the Lithuanian club called.',
      'Interpreter Γιώργος Παπαδόπουλος joined; Łucja’s father is Ğökhan İnce.',
    ];
    for (const text of notes) {
      const res = await post(dsl.cookie, `/api/files/${pupilId}/notes`, { at: '2026-03-02', text });
      expect(res.statusCode, res.body).toBe(201);
    }

    const pdf = await h().request({
      method: 'GET',
      url: `/api/files/${pupilId}/chronology.pdf`,
      cookie: dsl.cookie,
    });
    expect(pdf.statusCode).toBe(200);
    const lines = await pdfLines(pdf.rawPayload);
    expect(lines).toContain('Łucja Wiśniewska, born 2016-05-14, year 4');
    for (const note of notes) expect(lines).toContain(note);
    expect(lines.some((l) => l.startsWith('Produced by Ayşe Yılmaz on '))).toBe(true);
    expect(lines.filter((l) => l === 'Recorded by Ayşe Yılmaz')).toHaveLength(notes.length);
    // Every line, the banner and page numbers too, is in the embedded font, none in Helvetica.
    expect(pdfFontNames(pdf.rawPayload).map((n) => n.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']),
    );
    expect(pdfFontNames(pdf.rawPayload).join()).not.toMatch(/Helvetica/);
  });

  test('a character the font lacks prints as one visible mark, and the rest of the line as written', async () => {
    const schoolId = await h().createSchool();
    const dsl = await h().as(schoolId, ['dsl'], { name: 'Dana Lead' });
    const pupilId = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Mei',
      legalLastName: 'Wiśniewska-Chen',
      preferredName: null,
    });
    const text = 'Mei wrote 陈美 (her name) and drew 👍🏽 then Łucja’s name beside it.';
    const res = await post(dsl.cookie, `/api/files/${pupilId}/notes`, { at: '2026-03-02', text });
    expect(res.statusCode, res.body).toBe(201);

    const pdf = await h().request({
      method: 'GET',
      url: `/api/files/${pupilId}/chronology.pdf`,
      cookie: dsl.cookie,
    });
    expect(pdf.statusCode).toBe(200);
    const lines = await pdfLines(pdf.rawPayload);
    // Two Chinese characters are two marks; the thumb with its skin tone is one.
    expect(lines).toContain(
      'Mei wrote \uFFFD\uFFFD (her name) and drew \uFFFD then Łucja’s name beside it.',
    );
  });
});
