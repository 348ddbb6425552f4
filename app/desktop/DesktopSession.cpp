#include "app/desktop/DesktopSession.h"

#include "app/desktop/PartnerFeedWatch.h"
#include "app/desktop/SyncController.h"
#include "model/domain/CoalitionError.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/settings/AppPaths.h"
#include "model/storage/Database.h"
#include "ui/window/MainWindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <utility>

DesktopSession::DesktopSession(const Clock &clock) : m_clock(clock)
{
    m_sampleQuestion = [this] {
        QMessageBox question(QMessageBox::Question, tr("A new Coalition database"),
                             tr("This database is empty. Load the sample coalition (partner "
                                "organizations, campaigns and action items from a partner "
                                "network's page) to look around, or start empty?"),
                             QMessageBox::NoButton, m_window.get());
        question.setObjectName(QStringLiteral("sampleQuestion"));
        // Buttons that say what they do, not Yes and No.
        QPushButton *sample =
            question.addButton(tr("&Load the sample coalition"), QMessageBox::AcceptRole);
        QPushButton *empty = question.addButton(tr("&Start empty"), QMessageBox::RejectRole);
        question.setDefaultButton(empty);
        question.setEscapeButton(empty);
        question.exec();
        return question.clickedButton() == sample;
    };
}

DesktopSession::~DesktopSession()
{
    m_window.reset(); // widgets and models before the database they read
}

bool DesktopSession::open(const QString &path, bool offerSample, bool create)
{
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path, m_clock,
                                  create ? Database::OpenMode::Create
                                         : Database::OpenMode::CreateIfMissing);
    } catch (const CoalitionError &error) {
        QMessageBox::critical(m_window.get(), tr("Coalition"), error.message());
        return false;
    }
    database->setAuthor(AppPaths::defaultAuthor());

    const bool empty = OrganizationRepository(*database).count() == 0 &&
                       CampaignRepository(*database).count() == 0 &&
                       ActionItemRepository(*database).count() == 0;
    if (empty && offerSample) {
        if (m_sampleQuestion()) {
            try {
                SampleDataLoader::load(*database);
            } catch (const CoalitionError &error) {
                QMessageBox::warning(m_window.get(), tr("Coalition"), error.message());
            }
        }
    }

    m_window.reset();
    m_database = std::move(database);
    m_window = std::make_unique<MainWindow>(*m_database, std::exchange(m_startPage, -1));
    new SyncController(*m_database, m_clock, *m_window); // owned by the window
    new PartnerFeedWatch(*m_database, m_clock, *m_window); // owned by the window
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString &next, bool create) {
                // Not from inside the window's own slot: switching destroys that window.
                QTimer::singleShot(0, this, [this, next, create] { switchTo(next, create); });
            });
    m_window->show();
    return true;
}

void DesktopSession::switchTo(const QString &path, bool create)
{
    if (m_window)
        m_window->close();
    if (!open(path, true, create) && m_window)
        m_window->show(); // the old database stays open
}
