package dev.hero.web;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test class that runs once per supported database, against a real server started on a new
 * database of that kind and emptied before each test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
abstract class AgainstEveryDatabase {

    static TestServer server;

    @Parameter
    DatabaseKind kind;

    @BeforeParameterizedClassInvocation
    static void startServer(DatabaseKind kind) {
        server = TestServer.start(TestDatabase.create(kind));
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startEmpty() {
        server.database().clear();
    }
}
