package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page of a list a caller asks for ({@code ?page=0&size=20}); use as {@code @Valid @BeanParam}. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "页码从0开始")
    @Max(value = Limits.PAGE_MAX, message = "页码不能超过100000")
    @Parameter(description = "page number, from 0 to 100000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "每页至少1条")
    @Max(value = Limits.PAGE_SIZE_MAX, message = "每页最多100条")
    @Parameter(description = "items per page, 1 to 100", example = "20")
    public int size;
}
