#include "ui/presentation/PassphraseStrength.h"

#include <QStringList>
#include <vector>
#include <zxcvbn.h>

PassphraseStrength PassphraseStrength::of(const QString &passphrase, const QStringList &avoid)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty())
        return strength;
    std::vector<QByteArray> words;
    for (const QString &word : avoid) {
        if (!word.isEmpty())
            words.push_back(word.toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);
    strength.m_bits = ZxcvbnMatch(passphrase.toUtf8().constData(), dictionary.data(), nullptr);
    strength.m_level = strength.m_bits < fairBits         ? Level::Weak
                       : strength.m_bits < strongBits     ? Level::Fair
                       : strength.m_bits < veryStrongBits ? Level::Strong
                                                          : Level::VeryStrong;
    return strength;
}

QString PassphraseStrength::text() const
{
    switch (m_level) {
    case Level::Empty:
        return tr("Choose a passphrase of four or more words the team can remember.");
    case Level::Weak:
        return tr("Weak: easy to guess. Add more words, not just digits or symbols.");
    case Level::Fair:
        return tr("Fair: acceptable. Another word would make it strong.");
    case Level::Strong:
        return tr("Strong.");
    case Level::VeryStrong:
        return tr("Very strong.");
    }
    return {};
}
