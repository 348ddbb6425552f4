#include "tests/crash/ScratchMount.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <unistd.h>
#include <utility>

namespace {

// A system call's result, with the system's reason in the failure message.
void require(int result, const std::string &what)
{
    const int error = errno;
    INFO(what << ": " << std::strerror(error));
    REQUIRE(result == 0);
}

void writeProcFile(const char *path, const QByteArray &text)
{
    QFile file(QString::fromLatin1(path));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}

// Once per process: a mount namespace whose mounts do not propagate back to the host.
void enterPrivateMountNamespace()
{
    static bool entered = false;
    if (entered)
        return;
    const uid_t uid = geteuid();
    const gid_t gid = getegid();
    if (uid == 0) {
        require(unshare(CLONE_NEWNS), "unshare(CLONE_NEWNS)");
    } else {
        // Needs unprivileged user namespaces (Debian's default) and a single thread.
        require(unshare(CLONE_NEWUSER | CLONE_NEWNS),
                "unshare(CLONE_NEWUSER | CLONE_NEWNS) — run as root, or enable user namespaces");
        writeProcFile("/proc/self/setgroups", "deny");
        writeProcFile("/proc/self/uid_map",
                      QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1");
        writeProcFile("/proc/self/gid_map",
                      QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1");
    }
    require(mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr), "making / private");
    entered = true;
}

} // namespace

ScratchMount::ScratchMount(QString folder, qint64 bytes) : m_folder(std::move(folder))
{
    enterPrivateMountNamespace();
    REQUIRE(QDir().mkpath(m_folder));
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
    require(
        mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", 0, options.constData()),
        "mount tmpfs on " + m_folder.toStdString());
}

ScratchMount::~ScratchMount()
{
    umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

void ScratchMount::makeReadOnly()
{
    require(mount(nullptr, QFile::encodeName(m_folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY,
                  nullptr),
            "remount " + m_folder.toStdString() + " read-only");
}
