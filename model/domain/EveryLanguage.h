#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

// Coalition's words in every language it speaks, not just the one on screen: a
// spreadsheet exported from the Spanish window ("Título", "Hecha", "Alta") must import
// on an English laptop, and the other way round. The translations are handed in by
// whoever loads them (model/settings/Translations at start-up, tests directly); this
// layer reads no files.
namespace EveryLanguage {

// Adds a language's translations; the translator must outlive every lookup (the
// application owns those of Translations). Not thread-safe: call at start-up.
void add(const QTranslator *translator);
// Takes a translator back out (one about to be destroyed).
void remove(const QTranslator *translator);
// The source text (English) and its translation in each added language and in the
// language on screen, without repeats.
QStringList translations(const char *context, const char *source);

} // namespace EveryLanguage
