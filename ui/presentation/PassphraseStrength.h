#pragma once

#include <QCoreApplication>
#include <QString>

// How well a team passphrase would hold against guessing, from zxcvbn's estimate
// (libzxcvbn, Debian's port of Dropbox's estimator: dictionary words, keyboard runs,
// dates and repeats count for little), with a word and a hint for people. The feed's
// Argon2id lock slows each guess down; it cannot make "coalition2021" safe.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level
    {
        Empty,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    // Bits below which a passphrase is weak, and from which it is fair: with Argon2id at
    // the feed's limits (about 0.3 s a guess here) 50 bits stand for centuries on one
    // computer.
    static constexpr double fairBits = 50;
    static constexpr double strongBits = 70;
    static constexpr double veryStrongBits = 90;

    // avoid: words that make it easy (the coalition's or the feed's name).
    static PassphraseStrength of(const QString &passphrase, const QStringList &avoid = {});

    double bits() const { return m_bits; }
    Level level() const { return m_level; }
    // Good enough to lock a new feed with.
    bool isAcceptable() const { return m_level >= Level::Fair; }
    // "Weak: add words…", for the dialog's strength line.
    QString text() const;

private:
    double m_bits = 0;
    Level m_level = Level::Empty;
};
