-- One row per customer: the newest version Airbyte loaded, with typed columns.
with raw_rows as (
    select * from {{ source('shop', 'customers') }}
),

typed as (
    select
        _airbyte_data:id::number as customer_id,
        trim(_airbyte_data:first_name::varchar) as first_name,
        trim(_airbyte_data:last_name::varchar) as last_name,
        lower(trim(_airbyte_data:email::varchar)) as email,
        try_to_timestamp_ntz(_airbyte_data:created_at::varchar) as created_at,
        try_to_timestamp_ntz(_airbyte_data:updated_at::varchar) as updated_at,
        _airbyte_emitted_at as loaded_at
    from raw_rows
)

select *
from typed
-- Every sync appends the records it saw again; keep each customer's latest state.
qualify row_number() over (partition by customer_id order by updated_at desc, loaded_at desc) = 1
