-- One row per order: the newest version Airbyte loaded, with typed columns.
with raw_rows as (
    select * from {{ source('shop', 'orders') }}
),

typed as (
    select
        _airbyte_data:id::number as order_id,
        _airbyte_data:customer_id::number as customer_id,
        try_to_date(_airbyte_data:order_date::varchar) as order_date,
        lower(_airbyte_data:status::varchar) as status,
        try_to_timestamp_ntz(_airbyte_data:updated_at::varchar) as updated_at,
        _airbyte_emitted_at as loaded_at
    from raw_rows
)

select *
from typed
-- An order changes status over days and is loaded again each time; keep its latest state.
qualify row_number() over (partition by order_id order by updated_at desc, loaded_at desc) = 1
