#include "model/storage/SqliteRows.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/StorageError.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace {

// Throws what went wrong on connection: a StorageError (thrown as itself, not sliced
// into its base) when it is about the disk or the file, which stops a whole import.
[[noreturn]] void throwFailure(int code, const QString &path, const QString &detail,
                               const QString &sql)
{
    if (StorageError::isStorageCode(code))
        throw StorageError::forCode(code, path, detail);
    throw StorageError::unexpected(detail, sql);
}

[[noreturn]] void throwFailure(sqlite3 *connection, const QString &sql)
{
    throwFailure(sqlite3_errcode(connection),
                 QString::fromUtf8(sqlite3_db_filename(connection, "main")),
                 QString::fromUtf8(sqlite3_errmsg(connection)), sql);
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
        throwFailure(connection, sql);
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
        throwFailure(sqlite3_db_handle(m_statement), m_sql);
}

namespace {

// What a Statement binds as NULL: an invalid or null QVariant, a null QByteArray, and an
// invalid date, time or date-time (Qt's SQLite driver); a null QString is '' there
// (Statement's own rule, for NOT NULL text columns). SqliteRowsTests compares the two.
bool boundAsNull(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

int SqliteRows::bindText(int position, const QString &text)
{
    // As UTF-8 (the database's encoding), kept here until the run: SQLite neither copies
    // it nor converts it again, which for an import's millions of values is a third of
    // the time its inserts take.
    m_texts.append(text.toUtf8());
    const QByteArray &utf8 = m_texts.constLast();
    return sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()),
                             SQLITE_STATIC);
}

void SqliteRows::bind(int position, const QVariant &value)
{
    int result = SQLITE_OK;
    if (boundAsNull(value)) {
        result = sqlite3_bind_null(m_statement, position);
    } else {
        switch (value.typeId()) {
        case QMetaType::QString:
            result = bindText(position, *static_cast<const QString *>(value.constData()));
            break;
        case QMetaType::Int:
        case QMetaType::Bool:
            result = sqlite3_bind_int(m_statement, position, value.toInt());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            result = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::Double:
            result = sqlite3_bind_double(m_statement, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            result = sqlite3_bind_blob(m_statement, position, bytes->constData(),
                                       int(bytes->size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime:
            result = bindText(position, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            result = bindText(position, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
            break;
        default:
            result = bindText(position, value.toString());
            break;
        }
    }
    if (result != SQLITE_OK)
        throwFailure(sqlite3_db_handle(m_statement), m_sql);
}

void SqliteRows::run()
{
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        sqlite3 *connection = sqlite3_db_handle(m_statement);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_reset(m_statement); // ready for the next run, and no write left pending
        forgetBindings();
        throwFailure(result, QString::fromUtf8(sqlite3_db_filename(connection, "main")), detail,
                     m_sql);
    }
    reset();
}

void SqliteRows::reset()
{
    sqlite3_reset(m_statement);
    forgetBindings();
}

void SqliteRows::forgetBindings()
{
    sqlite3_clear_bindings(m_statement); // no pointer left to the texts let go of next
    m_texts.clear();
}

bool SqliteRows::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    throwFailure(sqlite3_db_handle(m_statement), m_sql);
}

qint64 SqliteRows::lastInsertedRow(const QSqlDatabase &db)
{
    return sqlite3_last_insert_rowid(handleOf(db));
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
