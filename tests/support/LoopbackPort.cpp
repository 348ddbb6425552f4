#include "tests/support/LoopbackPort.h"

#include <QTcpServer>

int freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
