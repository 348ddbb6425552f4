#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

// Qt's strings as a failed check prints them, instead of Catch's "{?}".
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "[\n  " + list.join(QStringLiteral("\n  ")).toStdString() + "\n]";
    }
};
} // namespace Catch
