package eltdeck.prefect.emulator;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Apollo's merged schema as the emulator serves it: the real graphql-service SDL files, untouched, plus the
 * Hasura half written in the tests. Parsing and validation are graphql-java's, so a document or variable the
 * real server would refuse fails here too. Mutations the emulator does not implement answer with an error.
 */
final class EmulatorSchema {
    private EmulatorSchema() {
    }

    static GraphQLSchema build(Path sdlDir, EmulatedServer server) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        try (Stream<Path> files = Files.list(sdlDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                types.merge(parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            try (InputStream hasura = EmulatorSchema.class.getResourceAsStream("/prefect/hasura-side.graphqls")) {
                types.merge(parser.parse(new String(hasura.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.uuid("UUID")).scalar(Scalars.uuid("uuid"))
                .scalar(Scalars.time("DateTime")).scalar(Scalars.time("timestamptz"))
                .scalar(Scalars.json("JSON")).scalar(Scalars.json("jsonb"));
        wiring.type(queries(server));
        wiring.type(mutations(server));
        server.tables.relationships().forEach((table, rels) -> {
            TypeRuntimeWiring.Builder type = TypeRuntimeWiring.newTypeWiring(table);
            rels.forEach((field, rel) -> type.dataFetcher(field, env -> {
                Object related;
                synchronized (server) {
                    related = server.tables.follow(table, env.getSource(), field);
                    if (rel.array()) {
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> list = (List<Map<String, Object>>) related;
                        related = server.tables.select(rel.target(), list, env.getArguments());
                    }
                }
                return related;
            }));
            wiring.type(type);
        });
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        return refuseUnimplemented(schema);
    }

    private static TypeRuntimeWiring.Builder queries(EmulatedServer server) {
        TypeRuntimeWiring.Builder query = TypeRuntimeWiring.newTypeWiring("Query")
                .dataFetcher("hello", env -> "👋")
                .dataFetcher("api", env -> Map.of("backend", "SERVER", "mode", "normal", "version", "2022.09.23",
                        "core_version", "1.4.1", "release_timestamp", "2022-09-23T00:00:00+00:00"));
        for (String table : server.tables.relationships().keySet()) {
            if (Set.of("flow_run_state", "task").contains(table)) {
                continue;
            }
            query.dataFetcher(table, env -> {
                synchronized (server) {
                    return server.tables.select(table, server.tables.all(table), env.getArguments());
                }
            });
            query.dataFetcher(table + "_by_pk", env -> {
                synchronized (server) {
                    return server.tables.byId(table, env.getArgument("id"));
                }
            });
        }
        return query;
    }

    private static TypeRuntimeWiring.Builder mutations(EmulatedServer server) {
        return TypeRuntimeWiring.newTypeWiring("Mutation")
                .dataFetcher("create_tenant", input(server::createTenant, id -> Map.of("id", id)))
                .dataFetcher("register_agent", input(server::registerAgent, id -> Map.of("id", id)))
                .dataFetcher("create_project", input(server::createProject, id -> Map.of("id", id)))
                .dataFetcher("create_flow", input(server::createFlow, id -> Map.of("id", id)))
                .dataFetcher("set_flow_group_schedule", input(server::setFlowGroupSchedule, EmulatorSchema::success))
                .dataFetcher("delete_flow_group_schedule", input(server::deleteFlowGroupSchedule, EmulatorSchema::success))
                .dataFetcher("set_flow_group_default_parameters", input(server::setDefaultParameters, EmulatorSchema::success))
                .dataFetcher("set_schedule_active", input(in -> server.setScheduleActive((String) in.get("flow_id")), EmulatorSchema::success))
                .dataFetcher("set_schedule_inactive", input(in -> server.setScheduleInactive((String) in.get("flow_id")), EmulatorSchema::success))
                .dataFetcher("create_flow_run", input(server::createFlowRun, id -> Map.of("id", id)))
                .dataFetcher("cancel_flow_run", input(in -> server.cancelFlowRun((String) in.get("flow_run_id")), state -> Map.of("state", state)))
                .dataFetcher("write_run_logs", input(in -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> logs = (List<Map<String, Object>>) in.get("logs");
                    return server.writeLogs(logs);
                }, EmulatorSchema::success));
    }

    private static Map<String, Object> success(boolean ok) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("success", ok);
        payload.put("error", null);
        return payload;
    }

    private interface Resolver<T> {
        T apply(Map<String, Object> input);
    }

    /** A mutation's {@code input} argument to the server, its result to the payload. */
    private static <T> DataFetcher<Object> input(Resolver<T> resolver, java.util.function.Function<T, Object> payload) {
        return env -> payload.apply(resolver.apply(env.getArgument("input")));
    }

    private static GraphQLSchema refuseUnimplemented(GraphQLSchema schema) {
        GraphQLObjectType mutation = schema.getMutationType();
        return schema.transform(builder -> {
            var codes = schema.getCodeRegistry().transform(registry -> {
                for (GraphQLFieldDefinition field : mutation.getFieldDefinitions()) {
                    var coordinates = graphql.schema.FieldCoordinates.coordinates(mutation, field);
                    if (!registry.hasDataFetcher(coordinates)) {
                        registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> {
                            throw new UnsupportedOperationException("the emulator does not implement " + field.getName());
                        });
                    }
                }
            });
            builder.codeRegistry(codes);
        });
    }
}
