import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../../src/scorer';
import { detectLanguage, functionWordBitsById } from '../../../src/scorer/lang';
import { makeDoc } from '../../../src/scorer/text/doc';
import { Vocabulary } from '../../../src/scorer/text/vocabulary';

const detect = (text: string) => detectLanguage(makeDoc(text).prose);

describe('detectLanguage', () => {
  it.each([
    ['en', 'That is a great question, and the answer depends on what you want to do with it.'],
    ['es', '¡Qué buena pregunta! La respuesta depende de lo que quieras hacer con el código.'],
    ['fr', 'Quelle excellente question ! La réponse dépend de ce que vous voulez faire avec le code.'],
    ['de', 'Das ist eine sehr gute Frage, und die Antwort hängt davon ab, was du mit dem Code machen willst.'],
    ['it', 'Che bella domanda! La risposta dipende da cosa vuoi fare con il codice e non è semplice.'],
    ['pt', 'Que ótima pergunta! A resposta depende do que você quer fazer com o código e não é simples.'],
    ['ru', 'Отличный вопрос! Ответ зависит от того, что вы хотите сделать с этим кодом.'],
    ['zh', '这是一个很好的问题！答案取决于你想用这段代码做什么。'],
    ['ja', 'とても良い質問ですね！答えはこのコードで何をしたいかによります。'],
    ['ko', '정말 좋은 질문이에요! 답은 이 코드로 무엇을 하고 싶은지에 달려 있어요.'],
    ['ar', 'سؤال رائع! الإجابة تعتمد على ما تريد فعله بهذا الكود.'],
  ])('detects %s', (code, text) => {
    expect(detect(text)).toBe(code);
  });

  it('says "und" when there is too little text', () => {
    expect(detect('OK')).toBe('und');
    expect(detect('🎉🎉')).toBe('und');
    expect(detect('```\nconst x = 1;\n```')).toBe('und');
  });

  it('judges the prose, not the code or quotes in it', () => {
    expect(detect('Der Code:\n```\nthe value is the one that you want and it is fine\n```\nDas ist nicht gut, und die Antwort ist falsch.')).toBe('de');
  });
});

describe('unsupported languages', () => {
  it('reports overall null with the language, a distinct state from a low score', () => {
    const s = scoreReply({ reply: '¡Qué pregunta tan brillante! Eres muy inteligente y tienes toda la razón. 🎉' });
    expect(s.overall).toBeNull();
    expect(s.language).toBe('es');
    expect(s.supported).toBe(false);
    expect(s.dimensions.flattery).toBeNull();
    expect(s.dimensions.agreement).toBeNull();
    // Emoji padding does not depend on the language.
    expect(s.dimensions.emoji).toBeGreaterThan(0);
  });

  it('scores English and undetermined short replies', () => {
    expect(scoreReply({ reply: 'Absolutely!' }).overall).not.toBeNull();
    expect(scoreReply({ reply: 'The answer is 42.' }).language).toBe('en');
  });
});

describe('detectLanguage on thin evidence', () => {
  it('does not name a language from one repeated function word', () => {
    expect(detect('a b a b a b a b `x` a b a b')).not.toBe('pt');
  });
});

describe('detectLanguage with what the tokeniser saw', () => {
  // scoreReply passes the doc's tokens, the offset of its first non-Latin letter and the tokens'
  // word ids instead of rescanning the text: those shortcuts must never change the answer.
  it('gives the same answer as reading the text alone', () => {
    const pieces = fc.constantFrom('the', 'you', 'de', 'la', 'und', 'a', 'is', 'to', 'e', 'great', 'что', 'это', '你好', 'です', 'α', 'é', '!', '. ', '\n', '`x`', '"q"', '🎉', ' ');
    const vocab = new Vocabulary(['great', 'the', 'a', 'is', 'you']);
    // A vocabulary that knows some function words ("the", "a"…) and not others ("de", "la"…).
    const bitsById = functionWordBitsById((w) => vocab.idOf(w));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 300 }), (parts) => {
        const doc = makeDoc(parts.join(' '), vocab);
        const alone = detectLanguage(doc.prose, doc);
        expect(detectLanguage(doc.prose, doc, doc.firstNonLatin)).toBe(alone);
        expect(detectLanguage(doc.prose, doc, doc.firstNonLatin, { ids: doc.ids, bitsById })).toBe(alone);
      }),
      { numRuns: 300 },
    );
  });
});
