-- One row per payment, amounts in the currency's main unit (the source keeps cents).
with raw_rows as (
    select * from {{ source('shop', 'payments') }}
),

typed as (
    select
        _airbyte_data:id::number as payment_id,
        _airbyte_data:order_id::number as order_id,
        lower(_airbyte_data:payment_method::varchar) as payment_method,
        lower(_airbyte_data:status::varchar) as status,
        (_airbyte_data:amount::number(38, 0) / 100)::number(38, 2) as amount,
        try_to_timestamp_ntz(_airbyte_data:created_at::varchar) as created_at,
        _airbyte_emitted_at as loaded_at
    from raw_rows
)

select *
from typed
-- Payments are immutable in the source, but a re-sync loads them again.
qualify row_number() over (partition by payment_id order by loaded_at desc) = 1
