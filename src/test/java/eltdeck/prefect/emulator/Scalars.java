package eltdeck.prefect.emulator;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The scalars of both halves: Prefect's {@code UUID}, {@code DateTime}, {@code JSON} and Hasura's {@code uuid},
 * {@code timestamptz}, {@code jsonb}. Ids are checked as UUIDs and times parsed (naive ones as UTC, as pendulum
 * does); times are served as Postgres prints a timestamptz.
 */
final class Scalars {
    private static final DateTimeFormatter POSTGRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Scalars() {
    }

    static GraphQLScalarType uuid(String name) {
        return scalar(name, Scalars::parseUuid, Object::toString);
    }

    static GraphQLScalarType time(String name) {
        return scalar(name, Scalars::parseTime, v -> POSTGRES.format(((Instant) v).atOffset(ZoneOffset.UTC)));
    }

    static GraphQLScalarType json(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                throw new CoercingParseLiteralException(name + " values must be sent as variables in this emulator");
            }
        }).build();
    }

    static String parseUuid(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new CoercingParseValueException("'" + text + "' is not a valid UUID");
        }
    }

    static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new CoercingParseValueException("'" + text + "' is not an ISO-8601 date-time");
            }
        }
    }

    private static GraphQLScalarType scalar(String name, Function<String, Object> parse, Function<Object, String> print) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return print.apply(value);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text)) {
                    throw new CoercingParseValueException(name + " must be a string, not " + input);
                }
                return parse.apply(text);
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (!(input instanceof StringValue text)) {
                    throw new CoercingParseLiteralException(name + " must be a string literal");
                }
                try {
                    return parse.apply(text.getValue());
                } catch (CoercingParseValueException e) {
                    throw new CoercingParseLiteralException(e.getMessage());
                }
            }
        }).build();
    }
}
