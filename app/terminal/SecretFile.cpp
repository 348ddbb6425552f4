#include "app/terminal/SecretFile.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QFile>

namespace SecretFile {

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(
            QCoreApplication::translate("CommandRunner", "Cannot read the file %1: %2")
                .arg(path, file.errorString()));
    const QString secret = QString::fromUtf8(file.readLine()).trimmed();
    if (secret.isEmpty())
        throw CoalitionError(QCoreApplication::translate("CommandRunner",
                                                         "The file %1 is empty; its first line "
                                                         "should hold the passphrase or password.")
                                 .arg(path));
    return secret;
}

} // namespace SecretFile
