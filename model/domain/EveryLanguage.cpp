#include "model/domain/EveryLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace EveryLanguage {

namespace {

QList<const QTranslator *> &added()
{
    static QList<const QTranslator *> translators;
    return translators;
}

} // namespace

void add(const QTranslator *translator)
{
    if (!added().contains(translator))
        added().append(translator);
}

void remove(const QTranslator *translator)
{
    added().removeAll(translator);
}

QStringList translations(const char *context, const char *source)
{
    QStringList texts = {QString::fromUtf8(source), QCoreApplication::translate(context, source)};
    for (const QTranslator *translator : added()) {
        const QString text = translator->translate(context, source);
        if (!text.isEmpty())
            texts << text;
    }
    texts.removeDuplicates();
    return texts;
}

} // namespace EveryLanguage
