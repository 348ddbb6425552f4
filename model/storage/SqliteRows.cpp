#include "model/storage/SqliteRows.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace {

CoalitionError failure(sqlite3 *connection, const QString &sql)
{
    const int code = sqlite3_errcode(connection);
    if (StorageError::isStorageCode(code))
        return StorageError::forCode(code,
                                     QString::fromUtf8(sqlite3_db_filename(connection, "main")),
                                     QString::fromUtf8(sqlite3_errmsg(connection)));
    return CoalitionError(
        QCoreApplication::translate("Statement", "Database error: %1 (in %2)")
            .arg(QString::fromUtf8(sqlite3_errmsg(connection)), sql.simplified()));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw CoalitionError(QStringLiteral("The database connection is not SQLite."));
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql) : m_sql(sql)
{
    sqlite3 *connection = handleOf(db);
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        throw failure(connection, sql);
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteRows::bind(const QString &placeholder, const QVariant &value)
{
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0)
        return; // not used by this statement
    int result = SQLITE_OK;
    if (!value.isValid() || value.isNull()) {
        result = sqlite3_bind_null(m_statement, index);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
    } else {
        const QByteArray text = value.toString().toUtf8();
        result = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
    }
    if (result != SQLITE_OK)
        throw failure(sqlite3_db_handle(m_statement), m_sql);
}

bool SqliteRows::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    throw failure(sqlite3_db_handle(m_statement), m_sql);
}

int SqliteRows::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteRows::cell(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}
