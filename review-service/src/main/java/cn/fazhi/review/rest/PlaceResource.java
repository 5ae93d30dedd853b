package cn.fazhi.review.rest;

import cn.fazhi.api.PlaceView;
import cn.fazhi.api.contract.PlaceApi;
import cn.fazhi.review.service.PlaceRegister;
import java.util.List;
import java.util.Map;

/** The register of places as {@link PlaceApi} declares it: admins load and update it, everybody reads it. */
public class PlaceResource implements PlaceApi {

    private final PlaceRegister register;

    public PlaceResource(PlaceRegister register) {
        this.register = register;
    }

    @Override
    public Map<String, Integer> load(String csv) {
        return Map.of("loaded", register.load(csv));
    }

    @Override
    public List<PlaceView> children(String parent) {
        return register.children(parent);
    }

    @Override
    public PlaceView get(String code) {
        return register.get(code);
    }
}
